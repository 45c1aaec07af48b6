// Word lists and catalogues for the demo generator. Weights are rough impressions of what an
// ordinary multi-brand garage in central Russia sees, not statistics; they only need to make the
// demo look familiar to the people who will use the app.

export type Weighted<T> = readonly (readonly [T, number])[];

// Masculine forms; feminine forms are derived so that a woman's surname always agrees with her
// given name and patronymic.
export const SURNAMES: readonly string[] = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
  'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов',
  'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв',
  'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов',
  'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков',
  'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов', 'Жуков', 'Баранов',
  'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров',
  'Матвеев', 'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников',
  'Денисов', 'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев',
  'Фомин', 'Чернов', 'Абрамов', 'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин',
  'Исаев', 'Чернышёв', 'Быков', 'Маслов', 'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов',
  'Филатов', 'Пономарёв', 'Голубев', 'Кудрявцев', 'Прохоров', 'Наумов', 'Потапов', 'Журавлёв',
  'Овчинников', 'Трофимов', 'Леонов', 'Соболев', 'Ермаков', 'Колесников', 'Гончаров', 'Емельянов',
  'Никифоров', 'Грачёв', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов', 'Кириллов', 'Малышев',
  'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов',
  'Ерёмин', 'Тихомиров', 'Галкин', 'Лукьянов', 'Михеев', 'Скворцов', 'Юдин', 'Белоусов', 'Нестеров',
  'Симонов', 'Прокофьев', 'Харитонов', 'Князев', 'Цветков', 'Левин', 'Митрофанов', 'Воронцов',
  'Рыбаков', 'Фадеев', 'Сафин', 'Галиев', 'Хабибуллин', 'Закиров', 'Гарипов', 'Валиев', 'Нуриев',
  'Вишневский', 'Покровский', 'Островский', 'Жуковский', 'Троицкий', 'Заболоцкий', 'Толстой',
  'Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Шевчук', 'Ковальчук', 'Полищук',
  'Черных', 'Седых', 'Белых',
];

/** Russian surnames agree in gender by ending; -ко, -ук, -ых and the like do not change. */
export function feminineSurname(male: string): string {
  if (male.endsWith('ский') || male.endsWith('цкий')) return male.slice(0, -2) + 'ая';
  if (male.endsWith('ой')) return male.slice(0, -2) + 'ая';
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return male + 'а';
  return male;
}

export const MALE_NAMES: readonly string[] = [
  'Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил',
  'Владимир', 'Николай', 'Артём', 'Денис', 'Игорь', 'Олег', 'Павел', 'Роман', 'Константин',
  'Виктор', 'Юрий', 'Антон', 'Илья', 'Кирилл', 'Никита', 'Вадим', 'Виталий', 'Станислав', 'Егор',
  'Василий', 'Геннадий', 'Анатолий', 'Валерий', 'Григорий', 'Руслан', 'Тимур', 'Ринат', 'Эдуард',
  'Вячеслав', 'Леонид', 'Борис', 'Фёдор', 'Даниил', 'Глеб', 'Ярослав', 'Тимофей',
];

export const FEMALE_NAMES: readonly string[] = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Анна', 'Мария', 'Екатерина', 'Юлия',
  'Анастасия', 'Марина', 'Оксана', 'Галина', 'Людмила', 'Виктория', 'Ксения', 'Дарья', 'Алина',
  'Надежда', 'Валентина', 'Любовь', 'Вера', 'Евгения', 'Алёна', 'Кристина', 'Полина', 'Софья',
];

// [son's, daughter's] forms; listed explicitly because the irregular ones (Ильич/Ильинична,
// Львович, Никитична) cannot be derived by a simple suffix rule.
export const PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Дмитриевич', 'Дмитриевна'],
  ['Андреевич', 'Андреевна'], ['Алексеевич', 'Алексеевна'], ['Михайлович', 'Михайловна'],
  ['Владимирович', 'Владимировна'], ['Николаевич', 'Николаевна'], ['Иванович', 'Ивановна'],
  ['Викторович', 'Викторовна'], ['Юрьевич', 'Юрьевна'], ['Евгеньевич', 'Евгеньевна'],
  ['Петрович', 'Петровна'], ['Анатольевич', 'Анатольевна'], ['Васильевич', 'Васильевна'],
  ['Геннадьевич', 'Геннадьевна'], ['Валерьевич', 'Валерьевна'], ['Игоревич', 'Игоревна'],
  ['Олегович', 'Олеговна'], ['Павлович', 'Павловна'], ['Борисович', 'Борисовна'],
  ['Григорьевич', 'Григорьевна'], ['Константинович', 'Константиновна'], ['Леонидович', 'Леонидовна'],
  ['Вячеславович', 'Вячеславовна'], ['Романович', 'Романовна'], ['Валентинович', 'Валентиновна'],
  ['Станиславович', 'Станиславовна'], ['Фёдорович', 'Фёдоровна'], ['Ильич', 'Ильинична'],
  ['Никитич', 'Никитична'], ['Львович', 'Львовна'], ['Максимович', 'Максимовна'],
  ['Денисович', 'Денисовна'], ['Ринатович', 'Ринатовна'], ['Рустамович', 'Рустамовна'],
  ['Эдуардович', 'Эдуардовна'], ['Аркадьевич', 'Аркадьевна'],
];

// Passport-style (МВД 2013) transliteration, which is what most people use for their mailbox.
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// The generator transliterates the same few hundred names over and over.
const translitCache = new Map<string, string>();

/** Lower-case Latin transliteration; characters outside Cyrillic pass through lower-cased. */
export function transliterate(s: string): string {
  let out = translitCache.get(s);
  if (out !== undefined) return out;
  out = '';
  for (const ch of s.toLowerCase()) out += TRANSLIT[ch] ?? ch;
  if (translitCache.size < 50_000) translitCache.set(s, out);
  return out;
}

// Company names are built as root + second root (Автотранс, Стройснаб) with an optional tail
// (-Логистик, Плюс), which is how most small Russian companies are actually named.
export const COMPANY_FIRST: readonly string[] = [
  'Авто', 'Строй', 'Техно', 'Агро', 'Евро', 'Спец', 'Мега', 'Пром', 'Торг', 'Энерго', 'Сиб', 'Урал',
  'Волга', 'Мос', 'Нева', 'Транс', 'Север', 'Юг', 'Лес', 'Хлеб', 'Молоко', 'Фарм', 'Газ', 'Инвест',
];

export const COMPANY_SECOND: readonly string[] = [
  'транс', 'сервис', 'снаб', 'ком', 'строй', 'логистик', 'трейд', 'маш', 'тех', 'инвест', 'мет',
  'пласт', 'холод', 'продукт', 'контракт', 'альянс', 'групп', 'экспресс', 'лайн', 'опт',
];

export const COMPANY_TAIL: readonly string[] = [
  '-Логистик', '-М', '-Групп', ' Плюс', '-Сервис', '-Центр', '-Регион', '-Авто', ' 2000', '-Юг', '-Север',
];

export const COMPANY_STANDALONE: readonly string[] = [
  'Вектор', 'Меридиан', 'Магистраль', 'Альянс', 'Гарант', 'Форвард', 'Импульс', 'Северный путь',
  'Городская доставка', 'Первая транспортная', 'Такси Плюс', 'Монолит', 'Ресурс', 'Стандарт',
  'Горизонт', 'Партнёр', 'Надёжный груз', 'Точка доставки', 'Чистый город', 'Зелёная линия',
];

export const PERSON_NOTES: readonly string[] = [
  'Постоянный клиент', 'Просит звонить после 18:00', 'Звонить только на первый номер',
  'Предпочитает оригинальные запчасти', 'Привозит свои запчасти', 'Масло всегда своё',
  'Скидка по согласованию с директором', 'Пишет в Telegram, звонки не любит',
  'Машину обычно забирает жена', 'Привёл несколько знакомых', 'Платит картой',
  'Перед работами согласовывать стоимость', 'Шины на сезонном хранении у нас',
  'Был спор по гарантии, всё согласовывать письменно', 'Не звонить в выходные',
  'Просит сохранять старые запчасти',
];

export const COMPANY_NOTES: readonly string[] = [
  'Оплата по безналу, счёт на почту бухгалтерии', 'Договор на обслуживание автопарка',
  'Акты подписывает завгар', 'Отсрочка платежа 14 дней', 'Заявки только через диспетчера',
  'Закрывающие документы через ЭДО', 'Постоянный клиент', 'Перед работами согласовывать стоимость',
  'Машины пригоняет водитель, ключи у охраны', 'Счёт выставлять на головную организацию',
];

export const COLOURS: Weighted<string> = [
  ['белый', 24], ['серый', 15], ['чёрный', 16], ['серебристый', 14], ['тёмно-серый', 4], ['синий', 7],
  ['тёмно-синий', 3], ['красный', 5], ['коричневый', 3], ['бежевый', 2], ['зелёный', 2], ['бордовый', 2],
  ['оранжевый', 1], ['жёлтый', 1], ['голубой', 1], ['золотистый', 1],
];

export type ModelSpec = {
  make: string;
  model: string;
  /** Relative frequency among private customers' cars. */
  personWeight: number;
  /** Relative frequency in company fleets (taxis, vans, managers' cars). */
  fleetWeight: number;
  from: number;
  to: number;
  /** World manufacturer identifier (VIN positions 1–3) of the plant that supplies Russia. */
  wmi: string;
  /** VIN positions 4–9; a trailing "?" means position 9 is a computed check digit. */
  vds: string;
  /** VIN position 11 (assembly plant). */
  plant: string;
};

// Model years stop where the model left the Russian market (2022 for most Western brands),
// with a little room for parallel imports of the Japanese ones.
export const MODELS: readonly ModelSpec[] = [
  { make: 'Lada', model: 'Granta', personWeight: 9, fleetWeight: 8, from: 2011, to: 2026, wmi: 'XTA', vds: '219010', plant: '0' },
  { make: 'Lada', model: 'Vesta', personWeight: 7, fleetWeight: 4, from: 2015, to: 2026, wmi: 'XTA', vds: 'GFL110', plant: '0' },
  { make: 'Lada', model: 'Largus', personWeight: 3, fleetWeight: 10, from: 2012, to: 2026, wmi: 'XTA', vds: 'KS045L', plant: '0' },
  { make: 'Lada', model: 'Niva Legend', personWeight: 3, fleetWeight: 2, from: 2021, to: 2026, wmi: 'XTA', vds: '212140', plant: '0' },
  { make: 'Lada', model: 'Priora', personWeight: 3, fleetWeight: 0.5, from: 2007, to: 2018, wmi: 'XTA', vds: '217030', plant: '0' },
  { make: 'Lada', model: 'Kalina', personWeight: 2.5, fleetWeight: 0.5, from: 2005, to: 2018, wmi: 'XTA', vds: '219410', plant: '0' },
  { make: 'Kia', model: 'Rio', personWeight: 6, fleetWeight: 4, from: 2011, to: 2022, wmi: 'Z94', vds: 'C241BB', plant: 'U' },
  { make: 'Kia', model: 'Ceed', personWeight: 2.5, fleetWeight: 0.3, from: 2007, to: 2022, wmi: 'XWE', vds: 'H5816?', plant: 'U' },
  { make: 'Kia', model: 'Sportage', personWeight: 3, fleetWeight: 0.5, from: 2010, to: 2022, wmi: 'XWE', vds: 'PC81A?', plant: 'U' },
  { make: 'Hyundai', model: 'Solaris', personWeight: 6.5, fleetWeight: 8, from: 2011, to: 2026, wmi: 'Z94', vds: 'CT41DB', plant: 'U' },
  { make: 'Hyundai', model: 'Creta', personWeight: 4, fleetWeight: 2, from: 2016, to: 2022, wmi: 'Z94', vds: 'G2811B', plant: 'U' },
  { make: 'Hyundai', model: 'Tucson', personWeight: 2, fleetWeight: 0.5, from: 2015, to: 2022, wmi: 'KMH', vds: 'J3812?', plant: 'U' },
  { make: 'Toyota', model: 'Camry', personWeight: 3, fleetWeight: 4, from: 2006, to: 2024, wmi: 'XW7', vds: 'BF4FK0', plant: 'S' },
  { make: 'Toyota', model: 'RAV4', personWeight: 3, fleetWeight: 1, from: 2006, to: 2024, wmi: 'JTM', vds: 'RFREV?', plant: 'D' },
  { make: 'Toyota', model: 'Corolla', personWeight: 2, fleetWeight: 1, from: 2007, to: 2023, wmi: 'JTD', vds: 'BR42E?', plant: 'J' },
  { make: 'Toyota', model: 'Land Cruiser Prado', personWeight: 1.5, fleetWeight: 1, from: 2005, to: 2024, wmi: 'JTE', vds: 'BH3FJ?', plant: 'K' },
  { make: 'Volkswagen', model: 'Polo', personWeight: 4, fleetWeight: 5, from: 2010, to: 2022, wmi: 'XW8', vds: 'ZZZ61Z', plant: 'G' },
  { make: 'Volkswagen', model: 'Tiguan', personWeight: 2.5, fleetWeight: 1, from: 2008, to: 2022, wmi: 'XW8', vds: 'ZZZ5NZ', plant: 'G' },
  { make: 'Volkswagen', model: 'Passat', personWeight: 1, fleetWeight: 0.5, from: 2005, to: 2021, wmi: 'WVW', vds: 'ZZZ3CZ', plant: 'P' },
  { make: 'Skoda', model: 'Octavia', personWeight: 3, fleetWeight: 3, from: 2005, to: 2022, wmi: 'XW8', vds: 'AN21Z0', plant: 'G' },
  { make: 'Skoda', model: 'Rapid', personWeight: 2.5, fleetWeight: 2, from: 2014, to: 2022, wmi: 'XW8', vds: 'AC1NH0', plant: 'G' },
  { make: 'Skoda', model: 'Kodiaq', personWeight: 1, fleetWeight: 0.5, from: 2017, to: 2022, wmi: 'XW8', vds: 'AN1NS0', plant: 'G' },
  { make: 'Renault', model: 'Logan', personWeight: 3.5, fleetWeight: 4, from: 2005, to: 2022, wmi: 'X7L', vds: 'LSRB2H', plant: 'Y' },
  { make: 'Renault', model: 'Duster', personWeight: 3, fleetWeight: 2, from: 2011, to: 2022, wmi: 'X7L', vds: 'HSRHGN', plant: 'Y' },
  { make: 'Renault', model: 'Sandero', personWeight: 2, fleetWeight: 1, from: 2009, to: 2022, wmi: 'X7L', vds: 'BSRB1H', plant: 'Y' },
  { make: 'Nissan', model: 'Qashqai', personWeight: 2, fleetWeight: 0.5, from: 2007, to: 2022, wmi: 'Z8N', vds: 'FBAJ11', plant: 'S' },
  { make: 'Nissan', model: 'X-Trail', personWeight: 2, fleetWeight: 0.5, from: 2007, to: 2022, wmi: 'Z8N', vds: 'TANT32', plant: 'S' },
  { make: 'Nissan', model: 'Almera', personWeight: 1.5, fleetWeight: 2, from: 2013, to: 2018, wmi: 'Z8N', vds: 'AJL000', plant: 'T' },
  { make: 'Haval', model: 'Jolion', personWeight: 2, fleetWeight: 1, from: 2021, to: 2026, wmi: 'XZG', vds: 'FF06A0', plant: 'M' },
  { make: 'Haval', model: 'F7', personWeight: 1.5, fleetWeight: 1, from: 2019, to: 2026, wmi: 'XZG', vds: 'FF04A0', plant: 'M' },
  { make: 'Chery', model: 'Tiggo 7 Pro', personWeight: 2.5, fleetWeight: 1, from: 2020, to: 2026, wmi: 'LVV', vds: 'DB21B?', plant: 'D' },
  { make: 'Geely', model: 'Coolray', personWeight: 2, fleetWeight: 1, from: 2020, to: 2026, wmi: 'Y4K', vds: '8P2B00', plant: 'B' },
  { make: 'Mercedes-Benz', model: 'E-Class', personWeight: 1, fleetWeight: 1, from: 2005, to: 2023, wmi: 'WDD', vds: '213042', plant: 'A' },
  { make: 'BMW', model: 'X5', personWeight: 1, fleetWeight: 0.3, from: 2005, to: 2024, wmi: 'WBA', vds: 'KS4100', plant: 'L' },
  { make: 'BMW', model: '3 Series', personWeight: 1, fleetWeight: 0.2, from: 2005, to: 2023, wmi: 'WBA', vds: '8E9100', plant: 'A' },
  { make: 'Ford', model: 'Focus', personWeight: 2.5, fleetWeight: 1, from: 2005, to: 2019, wmi: 'X9F', vds: 'XXXEED', plant: 'S' },
  { make: 'GAZ', model: 'Gazelle Next', personWeight: 0.5, fleetWeight: 12, from: 2013, to: 2026, wmi: 'X96', vds: 'A21R32', plant: 'L' },
];

export type RegionGroup = {
  name: string;
  weight: number;
  /** First two digits of ИНН/КПП issued in the region. */
  taxRegion: string;
  /** Tax inspections are numbered 01..n within a region. */
  inspections: number;
  plates: Weighted<string>;
};

// A Moscow-area garage: most customers are local, with some from elsewhere who moved or
// bought a car with out-of-region plates.
export const REGIONS: readonly RegionGroup[] = [
  { name: 'Москва', weight: 45, taxRegion: '77', inspections: 51, plates: [['77', 10], ['97', 10], ['99', 10], ['177', 15], ['197', 15], ['199', 12], ['777', 12], ['797', 8], ['977', 8]] },
  { name: 'Московская область', weight: 25, taxRegion: '50', inspections: 81, plates: [['50', 25], ['90', 20], ['150', 20], ['190', 15], ['750', 15], ['790', 5]] },
  { name: 'Санкт-Петербург', weight: 8, taxRegion: '78', inspections: 42, plates: [['78', 30], ['98', 25], ['178', 25], ['198', 20]] },
  { name: 'Татарстан', weight: 5, taxRegion: '16', inspections: 90, plates: [['16', 40], ['116', 50], ['716', 10]] },
  { name: 'Свердловская область', weight: 5, taxRegion: '66', inspections: 85, plates: [['66', 40], ['96', 30], ['196', 30]] },
  { name: 'Новосибирская область', weight: 4, taxRegion: '54', inspections: 76, plates: [['54', 50], ['154', 50]] },
  { name: 'Краснодарский край', weight: 4, taxRegion: '23', inspections: 75, plates: [['23', 40], ['93', 30], ['123', 25], ['193', 5]] },
  { name: 'Нижегородская область', weight: 4, taxRegion: '52', inspections: 63, plates: [['52', 55], ['152', 45]] },
];
