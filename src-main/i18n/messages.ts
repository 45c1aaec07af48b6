/**
 * Messages the back end sends to people: error codes and field problems, in English and
 * Russian. The renderer has its own strings; these travel inside API errors so that scripts,
 * the CLI and the UI all get the same human sentence.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];

export function pickLocale(value: string | undefined | null): Locale {
  return value && value.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

const en = {
  'error.invalid_input': 'Some fields need attention.',
  'error.not_found': 'The {entity} was not found; it may have been deleted.',
  'error.conflict': 'This change conflicts with existing data: {detail}',
  'error.booking_conflict': 'That time is taken: {resource} is booked {when}{who}.',
  'error.outside_hours': 'This time is outside working hours ({detail}). Book anyway?',
  'error.unauthorized': 'Not signed in: the access token is missing or wrong.',
  'error.unknown_method': 'Unknown API method “{method}”.',
  'error.payload_too_large': 'The request is too large.',
  'error.bad_json': 'The request body is not valid JSON.',
  'error.internal': 'Something went wrong on our side. Nothing was saved. Details are in the log.',
  'entity.customer': 'customer',
  'entity.vehicle': 'vehicle',
  'entity.legal_entity': 'legal entity',
  'entity.branch': 'branch',
  'entity.booking': 'booking',
  'entity.bay': 'bay',
  'entity.employee': 'employee',
  'entity.operation': 'operation',
  'entity.template': 'repair template',
  'entity.request': 'repair request',
  'field.required': 'Required.',
  'field.phone_invalid': 'Not a valid phone number.',
  'field.phones_required': 'Add at least one phone number.',
  'field.email_invalid': 'Not a valid e-mail address.',
  'field.inn_invalid': 'ИНН must be 10 digits for a company or 12 for a person, with correct check digits.',
  'field.kpp_invalid': 'КПП must be 9 characters: 4 digits, 2 digits or letters, 3 digits.',
  'field.ogrn_invalid': 'ОГРН must be 13 digits (15 for a sole trader) with a correct check digit.',
  'field.bic_invalid': 'БИК must be 9 digits.',
  'field.account_invalid': 'The account number does not match the БИК (20 digits with a control key).',
  'field.corr_account_invalid': 'The correspondent account does not match the БИК.',
  'field.vin_invalid': 'A VIN is 17 letters and digits, without I, O or Q.',
  'field.plate_invalid': 'The plate is too short or has characters a plate cannot have.',
  'field.year_invalid': 'Enter a year between 1900 and next year.',
  'field.too_long': 'Too long.',
  'field.vehicle_has_owner': 'The vehicle already belongs to this customer.',
  'field.vin_taken': 'Another vehicle card already has this VIN.',
  'field.customer_has_vehicles': 'The customer still owns vehicles: move or remove them first.',
  'field.mileage_lower': 'Mileage cannot go down (last reading: {km} km).',
  'field.prefix_invalid': 'Use 1–6 letters or digits.',
  'field.end_before_start': 'The end must be after the start.',
  'field.time_invalid': 'Enter a date and time with its offset, e.g. 2026-11-25T10:00:00+03:00.',
  'field.mechanic_required': 'Choose a mechanic.',
  'field.not_a_mechanic': 'This employee is not an active mechanic.',
  'field.bay_inactive': 'This bay is not in use.',
  'field.resource_kind': 'Mechanics are employees: add them under Employees.',
  'field.interval_invalid': 'Working time must start before it ends, within one day.',
  'field.booking_closed': 'A finished or cancelled booking cannot be changed.',
  'field.vehicle_not_customers': 'This vehicle belongs to another customer.',
  'field.operations_required': 'Add at least one operation.',
  'field.no_free_slot': 'No free time found in the next {days} days.',
} as const;

export type MessageKey = keyof typeof en;

const ru: Record<MessageKey, string> = {
  'error.invalid_input': 'Проверьте поля формы.',
  'error.not_found': 'Не найдено: {entity}. Возможно, запись удалена.',
  'error.conflict': 'Изменение противоречит существующим данным: {detail}',
  'error.booking_conflict': 'Время занято: {resource} уже записан(а) {when}{who}.',
  'error.outside_hours': 'Это время вне рабочего графика ({detail}). Всё равно записать?',
  'error.unauthorized': 'Нет доступа: токен не указан или неверен.',
  'error.unknown_method': 'Неизвестный метод API «{method}».',
  'error.payload_too_large': 'Слишком большой запрос.',
  'error.bad_json': 'Тело запроса — не JSON.',
  'error.internal': 'Что-то пошло не так. Ничего не сохранено. Подробности в журнале.',
  'entity.customer': 'клиент',
  'entity.vehicle': 'автомобиль',
  'entity.legal_entity': 'юрлицо',
  'entity.branch': 'филиал',
  'entity.booking': 'запись',
  'entity.bay': 'пост',
  'entity.employee': 'сотрудник',
  'entity.operation': 'работа',
  'entity.template': 'спецификация ремонта',
  'entity.request': 'заявка',
  'field.required': 'Обязательное поле.',
  'field.phone_invalid': 'Неверный номер телефона.',
  'field.phones_required': 'Добавьте хотя бы один телефон.',
  'field.email_invalid': 'Неверный адрес эл. почты.',
  'field.inn_invalid': 'ИНН: 10 цифр для организации или 12 для физлица, с верными контрольными цифрами.',
  'field.kpp_invalid': 'КПП: 9 знаков — 4 цифры, 2 цифры или буквы, 3 цифры.',
  'field.ogrn_invalid': 'ОГРН: 13 цифр (ОГРНИП — 15) с верной контрольной цифрой.',
  'field.bic_invalid': 'БИК: 9 цифр.',
  'field.account_invalid': 'Расчётный счёт не сходится с БИК (20 цифр с контрольным ключом).',
  'field.corr_account_invalid': 'Корреспондентский счёт не сходится с БИК.',
  'field.vin_invalid': 'VIN — 17 латинских букв и цифр, без I, O и Q.',
  'field.plate_invalid': 'Госномер слишком короткий или содержит недопустимые символы.',
  'field.year_invalid': 'Год от 1900 до следующего.',
  'field.too_long': 'Слишком длинно.',
  'field.vehicle_has_owner': 'Автомобиль уже принадлежит этому клиенту.',
  'field.vin_taken': 'Этот VIN уже есть в другой карточке автомобиля.',
  'field.customer_has_vehicles': 'У клиента есть автомобили: сначала передайте или удалите их.',
  'field.mileage_lower': 'Пробег не может уменьшиться (последний: {km} км).',
  'field.prefix_invalid': '1–6 букв или цифр.',
  'field.end_before_start': 'Окончание должно быть позже начала.',
  'field.time_invalid': 'Укажите дату и время со смещением, например 2026-11-25T10:00:00+03:00.',
  'field.mechanic_required': 'Выберите механика.',
  'field.not_a_mechanic': 'Этот сотрудник не является работающим механиком.',
  'field.bay_inactive': 'Этот пост не используется.',
  'field.resource_kind': 'Механики — это сотрудники: добавьте их в разделе «Сотрудники».',
  'field.interval_invalid': 'Рабочее время должно начинаться раньше, чем заканчиваться, в пределах суток.',
  'field.booking_closed': 'Завершённую или отменённую запись изменить нельзя.',
  'field.vehicle_not_customers': 'Этот автомобиль принадлежит другому клиенту.',
  'field.operations_required': 'Добавьте хотя бы одну работу.',
  'field.no_free_slot': 'Свободного времени в ближайшие {days} дн. не найдено.',
};

const tables: Record<Locale, Record<MessageKey, string>> = { en, ru };

export function isMessageKey(s: string): s is MessageKey {
  return s in en;
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return '';
    if (name === 'entity' && isMessageKey(`entity.${v}`)) return tables[locale][`entity.${v}` as MessageKey];
    return String(v);
  });
}
