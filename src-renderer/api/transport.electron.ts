import './desktop-bridge';
import type { Transport } from './transport-types';

export const transport: Transport = (method, input, locale) => window.garageDesk!.call(method, input, locale);
