import type { OpeningHours, TowCompany, Yard } from '@panama311/sdk/schemas';
import { distanceMeters } from '@panama311/sdk';
import type { Lang } from './faqs.js';
import type { Random } from './random.js';
import type { Text } from './services.js';

export type LatLng = { lat: number; lng: number };
/** A seeded infraction: its code is the same in every language, its description is not. */
export type Infraction = { code: string; description: Text };
/** A seeded vehicle: make and model are names; colour and body type are words to translate. */
export type Vehicle = { make: string; model: string; color: Text; type: Text };
export type TowPoint = LatLng & { address: string };

/**
 * Tow text as a record keeps it: a seeded pair, served in the request's language, or the
 * plain string an operator sent, served as given whatever the language (never translated).
 */
export type TowText = string | Text;

/** `text` in `lang`: the matching half of a seeded pair, or an operator's string as it came. */
export const towTextIn = (text: TowText, lang: Lang): string =>
  typeof text === 'string' ? text : text[lang === 'en' ? 1 : 0];

/** The four zones ATTT splits the metropolitan area into for tows. */
export const TOW_ZONES = ['Panamá Centro', 'Panamá Norte', 'Panamá Este', 'Panamá Oeste'] as const;

const MON_TO_FRI = [1, 2, 3, 4, 5];
const open = (days: readonly number[], opens: string, closes: string): OpeningHours[] =>
  days.map((day) => ({ day, opens, closes }));

export const YARDS: readonly Yard[] = [
  {
    id: 'yard-albrook',
    name: 'Corral de la ATTT en Albrook',
    address: 'Avenida Omar Torrijos Herrera, Albrook, Ancón (detrás de la Gran Terminal)',
    lat: 8.979,
    lng: -79.5525,
    phone: '+507 511-9300',
    zone: 'Panamá Centro',
    hours: [
      ...open(MON_TO_FRI, '07:00', '19:00'),
      ...open([6], '08:00', '17:00'),
      ...open([0], '08:00', '12:00'),
    ],
  },
  {
    id: 'yard-juan-diaz',
    name: 'Corral Juan Díaz',
    address: 'Vía José Agustín Arango, Juan Díaz, al lado de la subestación de la Policía',
    lat: 9.035,
    lng: -79.46,
    phone: '+507 511-9320',
    zone: 'Panamá Este',
    hours: [...open(MON_TO_FRI, '08:00', '17:00'), ...open([6], '08:00', '12:00')],
  },
  {
    id: 'yard-tocumen',
    name: 'Corral de Tocumen',
    address: 'Vía Domingo Díaz, Las Mañanitas, entrada a la zona industrial de Tocumen',
    lat: 9.069,
    lng: -79.405,
    phone: '+507 511-9340',
    zone: 'Panamá Este',
    // Next to the airport it never closes.
    hours: open([0, 1, 2, 3, 4, 5, 6], '00:00', '23:59'),
  },
  {
    id: 'yard-san-miguelito',
    name: 'Corral de San Miguelito',
    address: 'Vía Domingo Díaz, Cerro Viento, frente a la estación de combustible',
    lat: 9.038,
    lng: -79.4925,
    phone: '+507 511-9360',
    zone: 'Panamá Norte',
    hours: [...open(MON_TO_FRI, '08:00', '17:00'), ...open([6], '08:00', '12:00')],
  },
  {
    id: 'yard-las-cumbres',
    name: 'Corral de Las Cumbres',
    address: 'Vía Transístmica, Las Cumbres, a un costado del puente vehicular',
    lat: 9.086,
    lng: -79.527,
    phone: '+507 511-9380',
    zone: 'Panamá Norte',
    hours: open(MON_TO_FRI, '08:00', '16:00'),
  },
  {
    id: 'yard-arraijan',
    name: 'Corral de Arraiján',
    address: 'Vía Interamericana, Arraiján cabecera, antiguo patio municipal',
    lat: 8.949,
    lng: -79.658,
    phone: '+507 511-9400',
    zone: 'Panamá Oeste',
    hours: [...open(MON_TO_FRI, '08:00', '17:00'), ...open([6], '08:00', '12:00')],
  },
];

/** Fictional companies: any resemblance to a real one is a coincidence. */
export const TOW_COMPANIES: readonly TowCompany[] = [
  {
    id: 'grua-metro-centro',
    name: 'Grúas Metro Centro, S.A.',
    phone: '+507 6612-4410',
    zone: 'Panamá Centro',
  },
  {
    id: 'grua-bella-vista',
    name: 'Remolques Bella Vista',
    phone: '+507 6675-2093',
    zone: 'Panamá Centro',
  },
  {
    id: 'grua-pacifico',
    name: 'Auxilio Vial del Pacífico',
    phone: '+507 6540-8812',
    zone: 'Panamá Centro',
  },
  { id: 'grua-norte', name: 'Grúas Panamá Norte', phone: '+507 6203-7745', zone: 'Panamá Norte' },
  {
    id: 'grua-chilibre',
    name: 'Transportes y Grúas Chilibre',
    phone: '+507 6781-3306',
    zone: 'Panamá Norte',
  },
  {
    id: 'grua-este',
    name: 'Grúas y Remolques del Este',
    phone: '+507 6498-1157',
    zone: 'Panamá Este',
  },
  {
    id: 'grua-tocumen',
    name: 'Remolques Tocumen 24/7',
    phone: '+507 6322-9080',
    zone: 'Panamá Este',
  },
  { id: 'grua-oeste', name: 'Grúas Arraiján Oeste', phone: '+507 6150-6624', zone: 'Panamá Oeste' },
  {
    id: 'grua-chorrera',
    name: 'Auxilio Vial La Chorrera',
    phone: '+507 6917-4451',
    zone: 'Panamá Oeste',
  },
];

/** Infractions for which ATTT tows; the codes are the sandbox's own. */
export const INFRACTIONS: readonly Infraction[] = [
  {
    code: 'EST-01',
    description: [
      'Estacionarse en zona prohibida (línea amarilla o señal de no estacionar)',
      'Parking in a no-parking zone (yellow line or no-parking sign)',
    ],
  },
  { code: 'EST-02', description: ['Estacionarse sobre la acera', 'Parking on the pavement'] },
  {
    code: 'EST-03',
    description: ['Estacionarse en una parada de autobús', 'Parking at a bus stop'],
  },
  {
    code: 'EST-04',
    description: [
      'Estacionarse frente a un garaje o una entrada de vehículos',
      'Parking in front of a garage or a driveway',
    ],
  },
  { code: 'EST-05', description: ['Estacionarse en doble fila', 'Double parking'] },
  {
    code: 'EST-06',
    description: [
      'Estacionarse en un espacio reservado para personas con discapacidad',
      'Parking in a space reserved for people with disabilities',
    ],
  },
  {
    code: 'EST-07',
    description: ['Estacionarse frente a un hidrante', 'Parking in front of a fire hydrant'],
  },
  {
    code: 'EST-08',
    description: [
      'Estacionarse sobre un paso peatonal o en una intersección',
      'Parking on a pedestrian crossing or in an intersection',
    ],
  },
  {
    code: 'VEH-01',
    description: ['Vehículo abandonado en la vía pública', 'Vehicle abandoned on a public road'],
  },
  { code: 'VEH-02', description: ['Circular sin placa', 'Driving without a number plate'] },
  {
    code: 'VEH-03',
    description: [
      'Circular sin revisado vehicular vigente',
      'Driving without a current roadworthiness inspection (revisado vehicular)',
    ],
  },
];

/** Vehicle colours, one pair each, so a colour reads the same on every vehicle. */
const COLOR = {
  white: ['Blanco', 'White'],
  grey: ['Gris', 'Grey'],
  red: ['Rojo', 'Red'],
  silver: ['Plateado', 'Silver'],
  black: ['Negro', 'Black'],
  blue: ['Azul', 'Blue'],
  beige: ['Beige', 'Beige'],
  green: ['Verde', 'Green'],
  yellow: ['Amarillo', 'Yellow'],
} as const satisfies Record<string, Text>;

/** Body types, as Panamanians name them; a camioneta is an SUV. */
const BODY = {
  sedan: ['Sedán', 'Sedan'],
  suv: ['Camioneta', 'SUV'],
  pickup: ['Pick-up', 'Pickup'],
  hatchback: ['Hatchback', 'Hatchback'],
  minibus: ['Microbús', 'Minibus'],
} as const satisfies Record<string, Text>;

export const VEHICLES: readonly Vehicle[] = [
  { make: 'Toyota', model: 'Hilux', color: COLOR.white, type: BODY.pickup },
  { make: 'Toyota', model: 'Corolla', color: COLOR.grey, type: BODY.sedan },
  { make: 'Toyota', model: 'Yaris', color: COLOR.red, type: BODY.sedan },
  { make: 'Toyota', model: 'Rush', color: COLOR.silver, type: BODY.suv },
  { make: 'Toyota', model: 'Land Cruiser Prado', color: COLOR.black, type: BODY.suv },
  { make: 'Hyundai', model: 'Accent', color: COLOR.white, type: BODY.sedan },
  { make: 'Hyundai', model: 'Tucson', color: COLOR.blue, type: BODY.suv },
  { make: 'Hyundai', model: 'Grand i10', color: COLOR.silver, type: BODY.hatchback },
  { make: 'Kia', model: 'Picanto', color: COLOR.red, type: BODY.hatchback },
  { make: 'Kia', model: 'Rio', color: COLOR.grey, type: BODY.sedan },
  { make: 'Kia', model: 'Sportage', color: COLOR.white, type: BODY.suv },
  { make: 'Nissan', model: 'Sentra', color: COLOR.black, type: BODY.sedan },
  { make: 'Nissan', model: 'Frontier', color: COLOR.white, type: BODY.pickup },
  { make: 'Nissan', model: 'Versa', color: COLOR.beige, type: BODY.sedan },
  { make: 'Suzuki', model: 'Swift', color: COLOR.blue, type: BODY.hatchback },
  { make: 'Suzuki', model: 'Vitara', color: COLOR.green, type: BODY.suv },
  { make: 'Mitsubishi', model: 'L200', color: COLOR.grey, type: BODY.pickup },
  { make: 'Mitsubishi', model: 'Montero Sport', color: COLOR.black, type: BODY.suv },
  { make: 'Honda', model: 'Civic', color: COLOR.white, type: BODY.sedan },
  { make: 'Honda', model: 'CR-V', color: COLOR.silver, type: BODY.suv },
  { make: 'Mazda', model: 'Mazda3', color: COLOR.red, type: BODY.sedan },
  { make: 'Chevrolet', model: 'Spark', color: COLOR.yellow, type: BODY.hatchback },
  { make: 'Ford', model: 'Ranger', color: COLOR.blue, type: BODY.pickup },
  { make: 'Toyota', model: 'Hiace', color: COLOR.white, type: BODY.minibus },
];

/** Streets of the metropolitan area where tows are common. */
export const TOW_POINTS: readonly TowPoint[] = [
  { lat: 8.9824, lng: -79.5266, address: 'Vía España, frente a El Rey de El Carmen' },
  { lat: 8.9852, lng: -79.515, address: 'Calle 50, Obarrio' },
  { lat: 8.969, lng: -79.527, address: 'Cinta Costera, Avenida Balboa' },
  { lat: 8.9858, lng: -79.5262, address: 'Vía Argentina, El Cangrejo' },
  { lat: 8.9652, lng: -79.5312, address: 'Avenida Balboa, frente al Hospital Santo Tomás' },
  { lat: 8.954, lng: -79.5352, address: 'Casco Antiguo, Avenida Central' },
  { lat: 8.992, lng: -79.5052, address: 'Vía Israel, San Francisco' },
  { lat: 9.044, lng: -79.5082, address: 'Vía Transístmica, Los Andes' },
  { lat: 9.0135, lng: -79.468, address: 'Avenida Centenario, Costa del Este' },
  { lat: 8.9738, lng: -79.5508, address: 'Albrook Mall, entrada principal' },
  { lat: 8.9945, lng: -79.5068, address: 'Vía Porras, San Francisco' },
  { lat: 8.9768, lng: -79.5232, address: 'Calle Uruguay, Bella Vista' },
  { lat: 8.987, lng: -79.513, address: 'Vía Brasil y Calle 50' },
  { lat: 8.977, lng: -79.5217, address: 'Avenida Federico Boyd, Marbella' },
  { lat: 9.0085, lng: -79.5345, address: 'Vía Ricardo J. Alfaro, El Dorado' },
  { lat: 9.036, lng: -79.5435, address: 'Vía Ricardo J. Alfaro, Condado del Rey' },
  { lat: 8.9985, lng: -79.5225, address: 'Vía Fernández de Córdoba, Vista Hermosa' },
  { lat: 9.0095, lng: -79.5125, address: 'Calle 12 de Octubre, Pueblo Nuevo' },
  { lat: 9.0445, lng: -79.4735, address: 'Vía Domingo Díaz, Villa Lucre' },
  { lat: 9.0555, lng: -79.453, address: 'Vía Domingo Díaz, frente a Metromall' },
  { lat: 9.0355, lng: -79.459, address: 'Vía José Agustín Arango, Juan Díaz' },
  { lat: 9.0045, lng: -79.497, address: 'Vía España, Río Abajo' },
  { lat: 8.9648, lng: -79.5358, address: 'Avenida Perú, Calidonia' },
  { lat: 8.9685, lng: -79.5325, address: 'Avenida Justo Arosemena, Calidonia' },
  { lat: 8.9625, lng: -79.5412, address: 'Plaza 5 de Mayo, Avenida Central' },
  { lat: 8.985, lng: -79.534, address: 'Vía Transístmica, Universidad de Panamá' },
  { lat: 8.9595, lng: -79.547, address: 'Avenida de los Mártires, Ancón' },
  { lat: 9.0612, lng: -79.4335, address: 'Vía Domingo Díaz, Las Mañanitas' },
  { lat: 8.9864, lng: -79.5102, address: 'Punta Pacífica, frente a Multiplaza' },
  { lat: 8.9842, lng: -79.5243, address: 'Vía Veneto, El Cangrejo' },
  { lat: 9.0305, lng: -79.5035, address: 'Vía Transístmica, San Miguelito' },
  { lat: 8.9508, lng: -79.652, address: 'Vía Interamericana, Arraiján' },
  { lat: 8.978, lng: -79.5175, address: 'Avenida Balboa, Paitilla' },
  { lat: 9.0055, lng: -79.487, address: 'Vía Cincuentenario, Panamá Viejo' },
];

/** B/. 80.00 for a car, in cents. */
export const TOW_FEE_CENTS = 8000;
/** B/. 10.00 per day or part of a day at the yard, in cents. */
export const STORAGE_PER_DAY_CENTS = 1000;

export const RELEASE_REQUIREMENTS_ES: readonly string[] = [
  'Cédula o pasaporte del propietario del vehículo; si va otra persona, poder notariado y su propia identificación.',
  'Registro Único Vehicular original.',
  'Revisado vehicular vigente.',
  'Póliza de seguro vigente.',
  'Recibo de pago de la boleta de tránsito (paz y salvo de la multa).',
  'Pago de la grúa y de los días de almacenaje en el corral.',
];

export const RELEASE_REQUIREMENTS_EN: readonly string[] = [
  "The owner's cédula or passport; anyone else needs a notarised power of attorney and their own ID.",
  'The original vehicle registration (Registro Único Vehicular).',
  'A current roadworthiness inspection (revisado vehicular).',
  'A current insurance policy.',
  'Proof that the traffic ticket was paid (paz y salvo of the fine).',
  'Payment of the tow and of the days of storage at the yard.',
];

/* ---- Road graph: a route a tow truck could plausibly drive ---- */

/** Waypoints on the metropolitan area's major roads. */
export const ROAD_NODES = {
  casco: { lat: 8.953, lng: -79.5345, name: 'Casco Antiguo, Avenida Central' },
  'cinco-de-mayo': { lat: 8.9622, lng: -79.5418, name: 'Plaza 5 de Mayo' },
  mariscos: { lat: 8.9578, lng: -79.5392, name: 'Avenida Balboa, Mercado de Mariscos' },
  'balboa-boyd': { lat: 8.9738, lng: -79.5218, name: 'Avenida Balboa y Avenida Federico Boyd' },
  paitilla: { lat: 8.9785, lng: -79.5165, name: 'Punta Paitilla, inicio del Corredor Sur' },
  'punta-pacifica': { lat: 8.986, lng: -79.511, name: 'Vía Israel, Punta Pacífica' },
  'san-francisco': { lat: 8.9925, lng: -79.5045, name: 'Vía Israel y Vía Porras, San Francisco' },
  atlapa: { lat: 8.996, lng: -79.499, name: 'Vía Israel y Vía Cincuentenario, Atlapa' },
  'cincuentenario-norte': {
    lat: 9.014,
    lng: -79.484,
    name: 'Vía Cincuentenario y Vía José Agustín Arango',
  },
  'calle-50-boyd': { lat: 8.98, lng: -79.5215, name: 'Calle 50 y Avenida Federico Boyd' },
  loteria: { lat: 8.9675, lng: -79.5365, name: 'Vía España, Lotería Nacional' },
  'el-carmen': { lat: 8.9822, lng: -79.5272, name: 'Vía España, Iglesia del Carmen' },
  'via-brasil': { lat: 8.9895, lng: -79.5155, name: 'Vía España y Vía Brasil' },
  'rio-abajo': { lat: 9.005, lng: -79.496, name: 'Vía España, Río Abajo' },
  'los-pueblos': { lat: 9.025, lng: -79.471, name: 'Vía José Agustín Arango, Los Pueblos' },
  'juan-diaz': { lat: 9.036, lng: -79.458, name: 'Vía José Agustín Arango, Juan Díaz' },
  'jaa-don-bosco': { lat: 9.048, lng: -79.442, name: 'Vía José Agustín Arango, Don Bosco' },
  universidad: { lat: 8.9855, lng: -79.5335, name: 'Vía Transístmica, Universidad de Panamá' },
  'fernandez-cordoba': {
    lat: 8.999,
    lng: -79.522,
    name: 'Vía Fernández de Córdoba, Vista Hermosa',
  },
  'doce-octubre': { lat: 9.01, lng: -79.514, name: 'Vía Transístmica, Pueblo Nuevo' },
  'san-miguelito': { lat: 9.03, lng: -79.504, name: 'Vía Transístmica, San Miguelito' },
  'los-andes': { lat: 9.045, lng: -79.508, name: 'Vía Transístmica, Los Andes' },
  'cn-transistmica': {
    lat: 9.055,
    lng: -79.512,
    name: 'Corredor Norte, intercambiador de la Transístmica',
  },
  'san-isidro': { lat: 9.066, lng: -79.506, name: 'Vía Transístmica, San Isidro' },
  'las-cumbres': { lat: 9.084, lng: -79.524, name: 'Vía Transístmica, Las Cumbres' },
  'el-dorado': { lat: 9.009, lng: -79.535, name: 'Vía Ricardo J. Alfaro, El Dorado' },
  'tumba-muerto': { lat: 9.024, lng: -79.543, name: 'Vía Ricardo J. Alfaro y Corredor Norte' },
  'condado-del-rey': { lat: 9.04, lng: -79.543, name: 'Condado del Rey, Vía Centenario' },
  'cn-los-andes': { lat: 9.048, lng: -79.531, name: 'Corredor Norte, Los Andes' },
  'cn-brisas': { lat: 9.06, lng: -79.49, name: 'Corredor Norte, Brisas del Golf' },
  albrook: { lat: 8.9745, lng: -79.55, name: 'Albrook, Gran Terminal' },
  'cn-curundu': { lat: 8.988, lng: -79.547, name: 'Corredor Norte, Curundú' },
  'cn-camino-de-cruces': { lat: 9.006, lng: -79.55, name: 'Corredor Norte, Camino de Cruces' },
  'san-miguelito-cruce': { lat: 9.0375, lng: -79.49, name: 'Vía Domingo Díaz, Cerro Viento' },
  'villa-lucre': { lat: 9.045, lng: -79.472, name: 'Vía Domingo Díaz, Villa Lucre' },
  metromall: { lat: 9.056, lng: -79.452, name: 'Vía Domingo Díaz, Metromall' },
  'las-mananitas': { lat: 9.061, lng: -79.433, name: 'Vía Domingo Díaz, Las Mañanitas' },
  'tocumen-cruce': { lat: 9.066, lng: -79.415, name: 'Vía Domingo Díaz y Corredor Sur, Tocumen' },
  tocumen: { lat: 9.072, lng: -79.393, name: 'Tocumen, Vía Domingo Díaz' },
  'panama-viejo': {
    lat: 9.005,
    lng: -79.4845,
    name: 'Panamá Viejo, Vía Cincuentenario y Corredor Sur',
  },
  'costa-del-este': { lat: 9.016, lng: -79.47, name: 'Corredor Sur, Costa del Este' },
  'cs-juan-diaz': { lat: 9.029, lng: -79.454, name: 'Corredor Sur, salida a Juan Díaz' },
  'cs-don-bosco': { lat: 9.04, lng: -79.438, name: 'Corredor Sur, Don Bosco' },
  'cs-tocumen': { lat: 9.054, lng: -79.417, name: 'Corredor Sur, Tocumen' },
  martires: { lat: 8.9575, lng: -79.5495, name: 'Avenida de los Mártires' },
  'americas-este': { lat: 8.947, lng: -79.556, name: 'Acceso este del Puente de las Américas' },
  'puente-americas': { lat: 8.9389, lng: -79.5583, name: 'Puente de las Américas' },
  'americas-oeste': {
    lat: 8.932,
    lng: -79.565,
    name: 'Vía Interamericana, acceso oeste del puente',
  },
  farfan: { lat: 8.9265, lng: -79.579, name: 'Vía Interamericana, Farfán' },
  howard: { lat: 8.9215, lng: -79.596, name: 'Vía Interamericana, Panamá Pacífico' },
  'loma-cova': { lat: 8.933, lng: -79.614, name: 'Vía Interamericana, Loma Cová' },
  burunga: { lat: 8.944, lng: -79.633, name: 'Vía Interamericana, Burunga' },
  arraijan: { lat: 8.9513, lng: -79.6543, name: 'Vía Interamericana, Arraiján' },
  'centenario-chorrillo': { lat: 8.972, lng: -79.658, name: 'Vía Centenario, Nuevo Chorrillo' },
  'centenario-cocoli': { lat: 8.996, lng: -79.653, name: 'Vía Centenario, Cocolí' },
  'centenario-oeste': { lat: 9.015, lng: -79.644, name: 'Vía Centenario, acceso oeste del puente' },
  'puente-centenario': { lat: 9.0264, lng: -79.6358, name: 'Puente Centenario' },
  'centenario-paraiso': { lat: 9.032, lng: -79.612, name: 'Vía Centenario, Paraíso' },
  'centenario-cruces': { lat: 9.038, lng: -79.589, name: 'Vía Centenario, Camino de Cruces' },
  'centenario-altos': { lat: 9.042, lng: -79.566, name: 'Vía Centenario, Altos de Panamá' },
} as const satisfies Record<string, LatLng & { name: string }>;

type NodeId = keyof typeof ROAD_NODES;

/** Each road as the waypoints it passes, in order; trucks drive both ways. */
export const ROADS: ReadonlyArray<{ name: string; via: readonly NodeId[] }> = [
  { name: 'Avenida Central', via: ['casco', 'cinco-de-mayo', 'loteria'] },
  { name: 'Cinta Costera III', via: ['casco', 'mariscos'] },
  { name: 'Avenida Balboa (Cinta Costera)', via: ['mariscos', 'balboa-boyd', 'paitilla'] },
  { name: 'Vía Israel', via: ['paitilla', 'punta-pacifica', 'san-francisco', 'atlapa'] },
  { name: 'Vía Cincuentenario', via: ['atlapa', 'panama-viejo', 'cincuentenario-norte'] },
  {
    name: 'Corredor Sur',
    via: [
      'paitilla',
      'atlapa',
      'panama-viejo',
      'costa-del-este',
      'cs-juan-diaz',
      'cs-don-bosco',
      'cs-tocumen',
      'tocumen-cruce',
    ],
  },
  { name: 'Avenida Federico Boyd', via: ['balboa-boyd', 'calle-50-boyd', 'el-carmen'] },
  { name: 'Calle 50', via: ['calle-50-boyd', 'san-francisco'] },
  { name: 'Vía Brasil', via: ['punta-pacifica', 'via-brasil'] },
  {
    name: 'Vía España',
    via: ['loteria', 'el-carmen', 'via-brasil', 'rio-abajo', 'cincuentenario-norte'],
  },
  {
    name: 'Vía José Agustín Arango',
    via: ['cincuentenario-norte', 'los-pueblos', 'juan-diaz', 'jaa-don-bosco', 'las-mananitas'],
  },
  { name: 'Avenida Centenario, Costa del Este', via: ['costa-del-este', 'cincuentenario-norte'] },
  { name: 'Acceso a Juan Díaz', via: ['cs-juan-diaz', 'juan-diaz', 'metromall'] },
  { name: 'Conexión Los Pueblos – Villa Lucre', via: ['los-pueblos', 'villa-lucre'] },
  { name: 'Avenida Manuel Espinosa Batista', via: ['el-carmen', 'universidad'] },
  {
    name: 'Vía Transístmica',
    via: [
      'loteria',
      'universidad',
      'fernandez-cordoba',
      'doce-octubre',
      'san-miguelito',
      'los-andes',
      'cn-transistmica',
      'san-isidro',
      'las-cumbres',
    ],
  },
  {
    name: 'Vía Ricardo J. Alfaro',
    via: ['fernandez-cordoba', 'el-dorado', 'tumba-muerto', 'condado-del-rey'],
  },
  {
    name: 'Corredor Norte',
    via: [
      'albrook',
      'cn-curundu',
      'cn-camino-de-cruces',
      'tumba-muerto',
      'condado-del-rey',
      'cn-los-andes',
      'cn-transistmica',
      'cn-brisas',
      'villa-lucre',
    ],
  },
  {
    name: 'Vía Domingo Díaz',
    via: [
      'san-miguelito',
      'san-miguelito-cruce',
      'villa-lucre',
      'metromall',
      'las-mananitas',
      'tocumen-cruce',
      'tocumen',
    ],
  },
  { name: 'Albrook – Calidonia', via: ['albrook', 'cinco-de-mayo'] },
  { name: 'Albrook – Curundú – Universidad', via: ['albrook', 'universidad'] },
  { name: 'Avenida de los Mártires', via: ['cinco-de-mayo', 'martires', 'americas-este'] },
  {
    name: 'Puente de las Américas y Vía Interamericana',
    via: [
      'americas-este',
      'puente-americas',
      'americas-oeste',
      'farfan',
      'howard',
      'loma-cova',
      'burunga',
      'arraijan',
    ],
  },
  {
    name: 'Vía Centenario y Puente Centenario',
    via: [
      'arraijan',
      'centenario-chorrillo',
      'centenario-cocoli',
      'centenario-oeste',
      'puente-centenario',
      'centenario-paraiso',
      'centenario-cruces',
      'centenario-altos',
      'condado-del-rey',
    ],
  },
];

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (the SDK's). */
export const haversineMeters: (a: LatLng, b: LatLng) => number = distanceMeters;

/** Initial bearing from `a` to `b`, degrees clockwise from north in [0, 360). */
function bearingDegrees(a: LatLng, b: LatLng): number {
  const dLng = toRadians(b.lng - a.lng);
  const y = Math.sin(dLng) * Math.cos(toRadians(b.lat));
  const x =
    Math.cos(toRadians(a.lat)) * Math.sin(toRadians(b.lat)) -
    Math.sin(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.cos(dLng);
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

type Edge = { to: NodeId; meters: number };

const NODE_IDS = Object.keys(ROAD_NODES) as NodeId[];

const NEIGHBOURS: ReadonlyMap<NodeId, readonly Edge[]> = (() => {
  const neighbours = new Map<NodeId, Edge[]>(NODE_IDS.map((id) => [id, []]));
  const link = (from: NodeId, to: NodeId) =>
    neighbours.get(from)?.push({ to, meters: haversineMeters(ROAD_NODES[from], ROAD_NODES[to]) });
  for (const road of ROADS) {
    road.via.forEach((id, i) => {
      const next = road.via[i + 1];
      if (next === undefined) return;
      link(id, next);
      link(next, id);
    });
  }
  return neighbours;
})();

function nearestNode(point: LatLng): NodeId {
  let best = NODE_IDS[0] as NodeId;
  let bestMeters = Infinity;
  for (const id of NODE_IDS) {
    const meters = haversineMeters(point, ROAD_NODES[id]);
    if (meters < bestMeters) [best, bestMeters] = [id, meters];
  }
  return best;
}

/** Dijkstra over the road graph; with some 60 nodes a linear scan for the closest is enough. */
function shortestPath(start: NodeId, goal: NodeId): NodeId[] {
  const distance = new Map<NodeId, number>([[start, 0]]);
  const distanceTo = (id: NodeId) => distance.get(id) ?? Infinity;
  const previous = new Map<NodeId, NodeId>();
  const pending = new Set<NodeId>(NODE_IDS);
  while (pending.size > 0) {
    const current = [...pending].reduce((best, id) =>
      distanceTo(id) < distanceTo(best) ? id : best,
    );
    if (current === goal || distanceTo(current) === Infinity) break;
    pending.delete(current);
    for (const edge of NEIGHBOURS.get(current) ?? []) {
      const through = distanceTo(current) + edge.meters;
      if (through < distanceTo(edge.to)) {
        distance.set(edge.to, through);
        previous.set(edge.to, current);
      }
    }
  }
  const path: NodeId[] = [goal];
  for (let id = previous.get(goal); id !== undefined; id = previous.get(id)) path.unshift(id);
  // The graph is connected (a test checks it), so only a bug would leave the path headless.
  return path[0] === start ? path : [start, goal];
}

/**
 * A plausible driving route: from `from` to the nearest road waypoint, along the major
 * roads by the shortest way, then to `to`.
 */
export function routeBetween(from: LatLng, to: LatLng): LatLng[] {
  const waypoints = shortestPath(nearestNode(from), nearestNode(to)).map((id) => ({
    lat: ROAD_NODES[id].lat,
    lng: ROAD_NODES[id].lng,
  }));
  return [{ lat: from.lat, lng: from.lng }, ...waypoints, { lat: to.lat, lng: to.lng }];
}

/** Where a vehicle is, and which way it faces, after `meters` along `route`; stops at the end. */
export function interpolateAlong(
  route: readonly LatLng[],
  meters: number,
): LatLng & { heading: number } {
  const first = route[0];
  if (!first) throw new RangeError('The route is empty');
  let left = Math.max(0, meters);
  let heading = 0;
  let at: LatLng = first;
  for (const next of route.slice(1)) {
    const length = haversineMeters(at, next);
    if (length > 0) {
      heading = bearingDegrees(at, next);
      if (left <= length) {
        const t = left / length;
        return {
          lat: at.lat + (next.lat - at.lat) * t,
          lng: at.lng + (next.lng - at.lng) * t,
          heading,
        };
      }
      left -= length;
    }
    at = next;
  }
  return { lat: at.lat, lng: at.lng, heading };
}

/* ---- Identifiers as Panamanians write them ---- */

// No I, O or Q: they read as 1 and 0 on a plate.
const PLATE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

const digits = (random: Random, count: number) =>
  String(random.int(10 ** (count - 1), 10 ** count - 1));
const letters = (random: Random, count: number) =>
  Array.from({ length: count }, () => random.pick([...PLATE_LETTERS])).join('');

function generatePlate(random: Random): string {
  const roll = random.next();
  if (roll < 0.45) return letters(random, 2) + digits(random, 4); // current private plates: AB1234
  if (roll < 0.85) return digits(random, 6); // older private plates: 123456
  if (roll < 0.95) return `T${digits(random, 5)}`; // taxis
  return `M${digits(random, 6)}`; // motorcycles
}

/** `count` distinct plates. */
export function generatePlates(random: Random, count: number): string[] {
  const plates = new Set<string>();
  while (plates.size < count) plates.add(generatePlate(random));
  return [...plates];
}

// Panamá (8) and Panamá Oeste (13) hold most of the population.
const PROVINCES = ['8', '8', '8', '8', '8', '13', '13', '4', '9', '2', '6', '7', '3', '1', '5'];

/** A cédula in one of its valid shapes: `8-123-4567`, `PE-12-345`, `E-8-123456`, `N-19-2345`. */
export function generateCedula(random: Random): string {
  const roll = random.next();
  if (roll < 0.85) return `${random.pick(PROVINCES)}-${random.int(1, 999)}-${random.int(1, 9999)}`;
  if (roll < 0.9) return `PE-${random.int(1, 30)}-${random.int(1, 9999)}`;
  if (roll < 0.97) return `E-8-${random.int(1000, 999_999)}`;
  return `N-${random.int(1, 30)}-${random.int(1, 9999)}`;
}

/** A boleta number: eight digits, sometimes after a one- or two-letter series (`B00123456`). */
export function generateTicket(random: Random): string {
  const series = random.pick(['', '', '', 'A', 'B', 'PA']);
  return `${series}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
}
