import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { command, query, type Ctx } from '../api/define';
import { insertRow, updateRow } from '../db/dal';
import { employees } from './schema';
import { employeeCreate, employeeUpdate, employeeList } from '../scheduler/inputs';
import { currentBranch } from '../organisation/app';

export const staffApi = {
  'employees.list': query('Employees of this branch, by name; only active ones unless asked.', employeeList, listEmployees),
  'employees.create': command('Add an employee (a mechanic is a bookable resource).', employeeCreate, createEmployee),
  'employees.update': command('Change an employee; active: false takes them off the scheduler.', employeeUpdate, (ctx, input) => {
    const { id, ...patch } = input;
    return updateRow(ctx.db, employees, id, patch, 'employee');
  }),
};

function listEmployees(ctx: Ctx, input: z.output<typeof employeeList>) {
  const branch = currentBranch(ctx.db);
  const items = ctx.db
    .select()
    .from(employees)
    .where(
      and(
        eq(employees.branchId, branch.id),
        isNull(employees.deletedAt),
        input.role ? eq(employees.role, input.role) : undefined,
        input.includeInactive ? undefined : eq(employees.active, true),
      ),
    )
    .orderBy(asc(employees.name))
    .all();
  return { items };
}

function createEmployee(ctx: Ctx, input: z.output<typeof employeeCreate>) {
  return insertRow(ctx.db, employees, {
    branchId: currentBranch(ctx.db).id,
    name: input.name,
    role: input.role,
    phone: input.phone ?? null,
    hourlyCostMinor: input.hourlyCostMinor ?? 0,
    active: input.active ?? true,
  });
}
