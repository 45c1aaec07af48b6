import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Box, Button, Group, Modal, Paper, Select, Skeleton, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { notifyError, notifySuccess } from '../app/notify';
import { ConfirmModal } from '../app/ConfirmModal';
import { useLanguage } from '../i18n';
import { formatMinutes, formatMoney } from '../format';
import { emptyRequestValues, formPath, hasRequestContent, requestInput, requestValues } from '../requests/request-form';
import { RequestFields } from '../requests/RequestFields';
import { bookingStatuses, isClosed, requestStatuses, statusClass, type Booking, type BookingStatus, type RequestStatus, type RequestView } from './booking-status';
import { bookingWhen, newBookingValues, whenChanged, whenInstants, whenValues, type BookingForm, type BookingFormValues, type BookingTarget } from './booking-form';
import { BookingWhenFields } from './BookingWhenFields';
import { refusalText, withHoursCheck } from './booking-refusal';
import type { Setup } from './store';

type Props = { target: BookingTarget | null; setup: Setup; onClose: () => void; onSaved: (booking: Booking) => void };

/** One booking and its repair request, new or existing, in one dialog. */
export function BookingModal({ target, setup, onClose, onSaved }: Props) {
  const key = target ? (target.kind === 'open' ? target.bookingId : `new-${target.start}-${target.bayId}-${target.mechanicIds.join()}`) : 'none';
  return (
    <Modal.Root opened={target !== null} onClose={onClose} size={1080} closeOnClickOutside={false}>
      <Modal.Overlay />
      <Modal.Content>{target && <BookingDialog key={key} target={target} setup={setup} onClose={onClose} onSaved={onSaved} />}</Modal.Content>
    </Modal.Root>
  );
}

type Loaded = { booking: Booking; request: RequestView | null };

function BookingDialog({ target, setup, onClose, onSaved }: { target: BookingTarget; setup: Setup; onClose: () => void; onSaved: (booking: Booking) => void }) {
  const { t } = useTranslation();
  const { timeZone } = setup;
  const form = useForm<BookingFormValues>({
    initialValues: target.kind === 'new' ? newBookingValues(target, timeZone) : { ...whenValues(new Date().toISOString(), new Date().toISOString(), null, [], timeZone), ...emptyRequestValues() },
  });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(target.kind === 'open');
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Ctrl+Enter saves from anywhere in the dialog, text boxes included.
  useHotkeys([['mod+Enter', () => formRef.current?.requestSubmit()]], []);

  /** Reads the booking and its request; `reset` also puts them in the form (after a save, not after a status change). */
  const load = useCallback(
    async (id: string, reset: boolean) => {
      const [booking, request] = await Promise.all([call('bookings.get', { id }), call('requests.forBooking', { bookingId: id })]);
      const customerId = request?.customer?.id ?? booking.customerId;
      const customer = customerId ? await call('customers.get', { id: customerId }).catch(() => null) : null;
      setLoaded({ booking, request });
      if (reset) {
        const values: BookingFormValues = { ...bookingWhen(booking, timeZone), ...requestValues(request, customer) };
        if (!request && booking.vehicleId) values.vehicleId = booking.vehicleId;
        form.setInitialValues(values);
        form.setValues(values);
        form.resetDirty(values);
      }
      return booking;
    },
    // The form object is stable for the dialog's life.
    [timeZone],
  );

  useEffect(() => {
    if (target.kind !== 'open') return;
    load(target.bookingId, true)
      .catch(notifyError)
      .finally(() => setLoading(false));
  }, [target, load]);

  const showErrors = (e: unknown) => {
    if (e instanceof ApiCallError && e.code === 'booking_conflict') {
      setRefusal(refusalText(e, timeZone, whenInstants(form.getValues(), timeZone)?.start));
      return;
    }
    if (e instanceof ApiCallError && Object.keys(e.fields).length) {
      form.setErrors(Object.fromEntries(Object.entries(e.fields).map(([path, message]) => [formPath(path), message])));
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    }
    notifyError(e);
  };

  const save = async (values: BookingFormValues) => {
    setRefusal(null);
    const when = whenInstants(values, timeZone);
    if (!when) return form.setFieldError('start', t('booking.timeRequired'));
    if (!values.bayId) return form.setFieldError('bayId', t('booking.bayRequired'));
    const bayId = values.bayId;
    setSaving(true);
    try {
      let booking = loaded?.booking ?? null;
      const place = { ...when, bayId, mechanicIds: values.mechanicIds };
      try {
        if (!booking) {
          const status = values.tentative ? 'tentative' : 'confirmed';
          booking = await withHoursCheck((allow) => call('bookings.create', { ...place, status, ...(values.customerMode === 'existing' && values.customer ? { customerId: values.customer.id } : {}), ...(allow ? { allowOutsideHours: true } : {}) }));
          if (!booking) return;
          // From here on this dialog edits the booking just made, even if the request below fails.
          setLoaded({ booking, request: null });
          onSaved(booking);
        } else if (whenChanged(values, bookingWhen(booking, timeZone))) {
          const moved = await withHoursCheck((allow) => call('bookings.move', { id: booking!.id, ...place, ...(allow ? { allowOutsideHours: true } : {}) }));
          if (!moved) return;
          booking = moved;
          onSaved(moved);
        }
      } catch (e) {
        showErrors(e);
        return;
      }
      const request = loaded?.request ?? null;
      // A booking opened only to move it does not grow a request; new content or another customer does.
      const initial = form.getInitialValues();
      const partiesChanged = values.customer?.id !== initial.customer?.id || values.vehicleId !== initial.vehicleId || values.customerMode === 'new';
      const wanted = loaded ? !!values.complaint.trim() || values.lines.length > 0 || partiesChanged : hasRequestContent(values);
      if (request || wanted) {
        try {
          const input = requestInput(values);
          if (request) await call('requests.update', { id: request.id, ...input });
          else await call('requests.create', { bookingId: booking.id, ...input });
        } catch (e) {
          showErrors(e);
          return;
        }
      }
      notifySuccess(t('booking.saved'));
      onSaved(await load(booking.id, true));
    } finally {
      setSaving(false);
    }
  };

  const changeStatus = async (run: () => Promise<unknown>) => {
    if (!loaded) return;
    setRefusal(null);
    try {
      await run();
      onSaved(await load(loaded.booking.id, false));
    } catch (e) {
      showErrors(e);
    }
  };

  const booking = loaded?.booking;
  const request = loaded?.request;
  const locked = !!booking && isClosed(booking.status);
  const title = !booking ? t('booking.newTitle') : request ? t('booking.titleWithRequest', { number: request.number }) : t('booking.title');

  return (
    <>
      <Modal.Header py="xs">
        <Group gap="xs">
          <Modal.Title fw={600}>{title}</Modal.Title>
          {booking && (
            <Badge className={`gd-badge ${statusClass(booking.status)}`} size="sm" radius="sm" tt="none">
              {t(`booking.status.${booking.status}`)}
            </Badge>
          )}
        </Group>
        <Modal.CloseButton aria-label={t('common.close')} />
      </Modal.Header>
      <Modal.Body>
        {loading ? (
          <Skeleton h={360} />
        ) : (
          <form ref={formRef} onSubmit={form.onSubmit(save)} noValidate>
            <Group align="flex-start" gap="md" wrap="nowrap">
              <Paper withBorder p="sm" w={290} style={{ flexShrink: 0 }} component="section" aria-labelledby="booking-when">
                <Title order={4} id="booking-when" mb={6}>
                  {t('booking.whenWhere')}
                </Title>
                {booking && (
                  <Select
                    mb="xs"
                    label={t('booking.field.status')}
                    data={bookingStatuses.map((s) => ({ value: s, label: t(`booking.status.${s}`) }))}
                    value={booking.status}
                    allowDeselect={false}
                    onChange={(s) => s && void changeStatus(() => call('bookings.setStatus', { id: booking.id, status: s as BookingStatus }))}
                  />
                )}
                <BookingWhenFields form={form} resources={setup.resources} timeZone={timeZone} isNew={!booking} locked={locked} autoFocus={target.kind === 'new' && target.focus === 'when'} />
              </Paper>
              <Box component="section" aria-labelledby="booking-request" style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" mb={6} wrap="nowrap">
                  <Title order={4} id="booking-request">
                    {request ? t('request.titleNumber', { number: request.number }) : t('request.title')}
                  </Title>
                  {request && (
                    <Select
                      size="xs"
                      label={t('request.status.label')}
                      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, wrapper: { width: 190 }, label: { whiteSpace: 'nowrap', fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
                      data={requestStatuses.map((s) => ({ value: s, label: t(`request.status.${s}`) }))}
                      value={request.status}
                      allowDeselect={false}
                      onChange={(s) => s && void changeStatus(() => call('requests.setStatus', { id: request.id, status: s as RequestStatus }))}
                    />
                  )}
                </Group>
                <RequestFields form={form} locked={locked} autoFocusCustomer={target.kind === 'new' && target.focus === 'customer'} />
                {request && <Estimate request={request} booking={booking!} form={form} timeZone={timeZone} />}
              </Box>
            </Group>
            {refusal && (
              <Alert color="red" mt="sm" icon={<IconAlertTriangle size={18} />} title={t('booking.refusal.title')} role="alert">
                {refusal}
              </Alert>
            )}
            <Group justify="space-between" mt="md">
              <div>
                {booking && !locked && (
                  <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={() => setConfirmCancel(true)}>
                    {t('booking.cancel')}
                  </Button>
                )}
              </div>
              <Group gap="xs">
                <Button variant="default" onClick={onClose}>
                  {t('common.close')}
                </Button>
                <Button type="submit" loading={saving} disabled={locked}>
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          </form>
        )}
      </Modal.Body>
      {booking && (
        <ConfirmModal
          opened={confirmCancel}
          title={t('booking.cancelTitle')}
          message={t('booking.cancelConfirm')}
          confirmLabel={t('booking.cancel')}
          onClose={() => setConfirmCancel(false)}
          onConfirm={async () => {
            // A request's status carries the booking with it.
            const cancelled = request ? (await call('requests.setStatus', { id: request.id, status: 'cancelled' }), await call('bookings.get', { id: booking.id })) : await call('bookings.cancel', { id: booking.id });
            notifySuccess(t('booking.cancelled'));
            onSaved(cancelled);
            onClose();
          }}
        />
      )}
    </>
  );
}

/** The server's estimate as last saved, and a way to make the booking long enough for it. */
function Estimate({ request, booking, form, timeZone }: { request: RequestView; booking: Booking; form: BookingForm; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const booked = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
  const tooShort = request.estimatedMinutes > booked && !isClosed(booking.status);
  const fit = () => {
    const end = new Date(Date.parse(booking.start) + request.estimatedMinutes * 60_000).toISOString();
    const v = whenValues(booking.start, end, form.getValues().bayId, form.getValues().mechanicIds, timeZone);
    form.setValues({ date: v.date, start: v.start, end: v.end });
  };
  return (
    <Paper withBorder p="xs" mt="xs" bg="var(--mantine-color-gray-0)" aria-label={t('request.estimate')} role="group">
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {t('request.estimatedTime')}: <b>{formatMinutes(request.estimatedMinutes, language)}</b>
        </Text>
        <Text size="sm">
          {t('request.preliminaryCost')}: <b>{formatMoney(request.preliminaryCostMinor, language)}</b>
        </Text>
        {form.isDirty() && (
          <Text size="xs" c="dimmed">
            {t('request.estimateStale')}
          </Text>
        )}
      </Group>
      {tooShort && (
        <Group gap="xs" mt={4}>
          <Text size="xs" c="orange.8">
            {t('request.longerThanBooking', { booked: formatMinutes(booked, language) })}
          </Text>
          <Button size="compact-xs" variant="light" color="orange" onClick={fit}>
            {t('request.fitBooking')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
