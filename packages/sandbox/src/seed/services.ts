import {
  ATTACHMENT_LIMITS,
  type AttachmentPolicy,
  type LOCATION_MODES,
  type Question,
  type QUESTION_TYPES,
  type Service,
  type SLA_UNITS,
} from '@panama311/sdk/schemas';
import type { Focus, SeedEntity } from './entities.js';
import type { Lang } from './faqs.js';
import type { Random } from './random.js';

/**
 * Text a citizen reads, in Spanish (the source) and English. A pair, not an optional
 * translation: leaving the English out does not compile.
 */
export type Text = readonly [es: string, en: string];

type QuestionTemplate = {
  code: string;
  datatype: (typeof QUESTION_TYPES)[number];
  label: Text;
  description?: Text;
  /** `false` for an information-only item: shown, never answered. */
  variable?: boolean;
  required?: boolean;
  /** List choices, key → label, in display order. Keys are the same in both languages. */
  values?: Readonly<Record<string, Text>>;
};

/** A service as every entity with the matching focus offers it. */
export type ServiceTemplate = {
  /** Last part of the service id: `svc-<entity>-<slug>`. */
  slug: string;
  name: Text;
  description: Text;
  category: Text;
  kind: 'incident' | 'request' | 'information' | 'complaint';
  sla: { value: number; unit: (typeof SLA_UNITS)[number] };
  location: (typeof LOCATION_MODES)[number];
  attachments: AttachmentPolicy;
  /** Words citizens actually type when they look for this service, per language. */
  keywords: { readonly es: readonly string[]; readonly en: readonly string[] };
  questions: readonly QuestionTemplate[];
};

const hours = (value: number) => ({ value, unit: 'hours' as const });
const businessDays = (value: number) => ({ value, unit: 'business_days' as const });

const photos = (maxCount: number): AttachmentPolicy => ({
  allowed: true,
  maxCount,
  maxBytes: ATTACHMENT_LIMITS.maxBytes,
  types: [...ATTACHMENT_LIMITS.types],
});
const NO_PHOTOS: AttachmentPolicy = { allowed: false, maxCount: 0, maxBytes: 0, types: [] };

/** An information-only item: advice shown in the form, never answered. */
const info = (code: string, label: Text): QuestionTemplate => ({
  code,
  datatype: 'text',
  label,
  variable: false,
});

const SINCE: QuestionTemplate = {
  code: 'desde',
  datatype: 'datetime',
  label: ['¿Desde cuándo ocurre?', 'Since when has this been happening?'],
};
const DAYS_OF_WEEK = {
  lunes: ['Lunes', 'Monday'],
  martes: ['Martes', 'Tuesday'],
  miercoles: ['Miércoles', 'Wednesday'],
  jueves: ['Jueves', 'Thursday'],
  viernes: ['Viernes', 'Friday'],
  sabado: ['Sábado', 'Saturday'],
  domingo: ['Domingo', 'Sunday'],
} as const;
const VULNERABLE_PEOPLE = {
  adultos_mayores: ['Adultos mayores', 'Older people'],
  ninos: ['Niños pequeños', 'Young children'],
  discapacidad: [
    'Personas encamadas o con discapacidad',
    'Bedridden people or people with disabilities',
  ],
  embarazadas: ['Mujeres embarazadas', 'Pregnant women'],
} as const;
const YES_NO_UNSURE = {
  si: ['Sí', 'Yes'],
  no: ['No', 'No'],
  no_se: ['No sé', "I don't know"],
} as const;

/** Offered by every entity. */
const GENERAL: readonly ServiceTemplate[] = [
  {
    slug: 'queja',
    name: ['Queja sobre la atención o el servicio', 'Complaint about service or staff'],
    description: [
      'Presente una queja sobre la atención recibida en una oficina, por teléfono o en línea, o sobre un servicio de la entidad.',
      "Complain about how you were treated at an office, by phone or online, or about one of the entity's services.",
    ],
    category: ['Quejas', 'Complaints'],
    kind: 'complaint',
    sla: businessDays(10),
    location: 'optional',
    attachments: photos(3),
    keywords: {
      es: ['queja', 'reclamo', 'mala atención', 'maltrato', 'demora', 'no me atienden'],
      en: ['complaint', 'bad service', 'rude staff', 'mistreated', 'delay', 'nobody answers'],
    },
    questions: [
      {
        code: 'canal',
        datatype: 'singlevaluelist',
        label: ['¿Dónde fue atendido?', 'Where did it happen?'],
        required: true,
        values: {
          presencial: ['En una oficina', 'At an office'],
          telefono: ['Por teléfono', 'By phone'],
          en_linea: ['En línea o por redes sociales', 'Online or on social media'],
          en_campo: [
            'Por personal en la calle o en mi casa',
            'By staff in the street or at my home',
          ],
        },
      },
      {
        code: 'fecha',
        datatype: 'datetime',
        label: ['Fecha y hora de lo ocurrido', 'Date and time it happened'],
        required: true,
      },
      {
        code: 'oficina',
        datatype: 'string',
        label: [
          'Oficina, sede o nombre del funcionario (si lo sabe)',
          'Office, branch or name of the staff member (if you know it)',
        ],
      },
    ],
  },
  {
    slug: 'informacion',
    name: ['Solicitud de información u orientación', 'Request for information or guidance'],
    description: [
      'Pregunte por requisitos, horarios, costos o el estado de un trámite de la entidad.',
      'Ask about requirements, opening hours, fees or the status of an application with the entity.',
    ],
    category: ['Información', 'Information'],
    kind: 'information',
    sla: businessDays(5),
    location: 'none',
    attachments: NO_PHOTOS,
    keywords: {
      es: ['información', 'requisitos', 'horario', 'cómo hago', 'trámite', 'consulta', 'costo'],
      en: [
        'information',
        'requirements',
        'opening hours',
        'how do I',
        'application',
        'question',
        'fee',
      ],
    },
    questions: [
      info('aviso_ley6', [
        'Para pedir documentos o datos en poder de la entidad use «Solicitud de acceso a información pública» (Ley 6 de 2002).',
        'To ask for documents or data the entity holds, use "Request for access to public information" (Law 6 of 2002).',
      ]),
      {
        code: 'tema',
        datatype: 'singlevaluelist',
        label: ['¿Sobre qué es su consulta?', 'What is your question about?'],
        required: true,
        values: {
          requisitos: ['Requisitos de un trámite', 'Requirements for an application'],
          horarios: ['Horarios y sedes', 'Opening hours and offices'],
          costos: ['Costos y formas de pago', 'Fees and ways to pay'],
          estado: ['Estado de un trámite', 'Status of an application'],
          otro: ['Otro tema', 'Something else'],
        },
      },
    ],
  },
];

const TEMPLATES: Readonly<Record<Focus, readonly ServiceTemplate[]>> = {
  water: [
    {
      slug: 'fuga',
      name: ['Fuga de agua', 'Water leak'],
      description: [
        'Reporte una fuga de agua potable en la calle, la acera, un medidor o una tubería.',
        'Report a drinking water leak in the street, on the pavement, at a meter or in a pipe.',
      ],
      category: ['Agua potable', 'Drinking water'],
      kind: 'incident',
      sla: hours(48),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'fuga',
          'fuga de agua',
          'tubo roto',
          'tubería',
          'botando agua',
          'se sale el agua',
          'medidor',
          'desperdicio',
        ],
        en: [
          'leak',
          'water leak',
          'burst pipe',
          'broken pipe',
          'pipe',
          'water running',
          'meter',
          'wasting water',
        ],
      },
      questions: [
        info('aviso_propiedad', [
          'Las fugas dentro de su propiedad, después del medidor, las repara el propietario con un plomero.',
          'Leaks inside your property, past the meter, are for the owner to have repaired by a plumber.',
        ]),
        {
          code: 'ubicacion_fuga',
          datatype: 'singlevaluelist',
          label: ['¿Dónde está la fuga?', 'Where is the leak?'],
          required: true,
          values: {
            calle: ['En la calle', 'In the street'],
            acera: ['En la acera o la cuneta', 'On the pavement or in the gutter'],
            medidor: ['En el medidor o su caja', 'At the meter or its box'],
            tuberia_principal: [
              'En una tubería principal (sale mucha agua)',
              'In a water main (a lot of water is coming out)',
            ],
            hidrante: ['En un hidrante', 'At a fire hydrant'],
          },
        },
        {
          code: 'caudal',
          datatype: 'singlevaluelist',
          label: ['¿Cuánta agua sale?', 'How much water is coming out?'],
          values: {
            goteo: ['Gotea', 'It drips'],
            chorro: ['Sale un chorro constante', 'A steady stream'],
            inunda: ['Está inundando la calle', 'It is flooding the street'],
          },
        },
        {
          code: 'dias',
          datatype: 'number',
          label: ['¿Hace cuántos días existe la fuga?', 'How many days has the leak been there?'],
          required: true,
        },
        {
          code: 'numero_cliente',
          datatype: 'string',
          label: ['Número de cliente del IDAAN', 'IDAAN customer number'],
          description: [
            'Aparece en su factura; ayuda si la fuga está en su medidor.',
            'It is on your bill; it helps if the leak is at your meter.',
          ],
        },
      ],
    },
    {
      slug: 'sin-agua',
      name: ['Falta de agua', 'No water supply'],
      description: [
        'Reporte que no le llega agua potable o llega con muy poca presión.',
        'Report that you are getting no drinking water, or very low pressure.',
      ],
      category: ['Agua potable', 'Drinking water'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'sin agua',
          'no hay agua',
          'no llega el agua',
          'baja presión',
          'corte de agua',
          'carro cisterna',
        ],
        en: [
          'no water',
          'water outage',
          'water cut',
          'low pressure',
          'dry taps',
          'water tanker',
          'water truck',
        ],
      },
      questions: [
        {
          code: 'desde',
          datatype: 'datetime',
          label: ['¿Desde cuándo no tiene agua?', 'Since when have you had no water?'],
          required: true,
        },
        {
          code: 'alcance',
          datatype: 'singlevaluelist',
          label: ['¿A quiénes afecta?', 'Who is affected?'],
          required: true,
          values: {
            vivienda: ['Solo a mi vivienda', 'Only my home'],
            calle: ['A mi calle', 'My street'],
            sector: ['A todo el sector', 'The whole area'],
          },
        },
        {
          code: 'suministro',
          datatype: 'singlevaluelist',
          label: ['¿Llega algo de agua?', 'Is any water coming through?'],
          values: {
            nada: ['No llega nada', 'None at all'],
            poca: ['Llega con poca presión', 'It comes with low pressure'],
            a_ratos: ['Llega a ratos', 'It comes and goes'],
          },
        },
        {
          code: 'personas',
          datatype: 'number',
          label: ['¿Cuántas personas viven en la vivienda?', 'How many people live in the home?'],
          description: [
            'Ayuda a priorizar el envío de carros cisterna.',
            'It helps us decide where to send water tankers first.',
          ],
        },
        {
          code: 'vulnerables',
          datatype: 'multivaluelist',
          label: ['En la vivienda hay…', 'In the home there are…'],
          values: VULNERABLE_PEOPLE,
        },
      ],
    },
    {
      slug: 'agua-turbia',
      name: ['Agua turbia o con mal olor', 'Cloudy or foul-smelling water'],
      description: [
        'Reporte agua potable con color, olor, sabor extraño o sedimentos.',
        'Report drinking water with an odd colour, smell or taste, or with sediment.',
      ],
      category: ['Agua potable', 'Drinking water'],
      kind: 'incident',
      sla: hours(72),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'agua sucia',
          'agua turbia',
          'agua amarilla',
          'agua con color',
          'mal olor',
          'sabor',
          'sedimento',
        ],
        en: [
          'dirty water',
          'cloudy water',
          'brown water',
          'yellow water',
          'discoloured water',
          'bad smell',
          'taste',
          'sediment',
        ],
      },
      questions: [
        info('aviso_consumo', [
          'Mientras tanto, no beba el agua sin hervirla al menos un minuto.',
          'Until then, do not drink the water without boiling it for at least one minute.',
        ]),
        {
          code: 'caracteristicas',
          datatype: 'multivaluelist',
          label: ['¿Qué nota en el agua?', 'What do you notice about the water?'],
          required: true,
          values: {
            color: ['Color amarillo o café', 'Yellow or brown colour'],
            olor: ['Mal olor', 'Bad smell'],
            sabor: ['Sabor extraño', 'Strange taste'],
            particulas: ['Partículas o sedimentos', 'Particles or sediment'],
          },
        },
        SINCE,
      ],
    },
    {
      slug: 'factura-agua',
      name: ['Reclamo de facturación de agua', 'Water bill dispute'],
      description: [
        'Reclame un cobro de agua que considera incorrecto.',
        'Dispute a water charge you think is wrong.',
      ],
      category: ['Facturación', 'Billing'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'none',
      attachments: photos(3),
      keywords: {
        es: ['factura', 'cobro', 'recibo', 'cobro excesivo', 'consumo', 'lectura', 'pago'],
        en: ['water bill', 'bill', 'charge', 'overcharged', 'usage', 'meter reading', 'payment'],
      },
      questions: [
        {
          code: 'numero_cliente',
          datatype: 'string',
          label: ['Número de cliente', 'Customer number'],
          required: true,
        },
        {
          code: 'motivo',
          datatype: 'singlevaluelist',
          label: ['Motivo del reclamo', 'Reason for the dispute'],
          required: true,
          values: {
            consumo_alto: ['Consumo más alto de lo normal', 'Higher use than usual'],
            estimado: [
              'Cobro estimado, sin lectura del medidor',
              'Estimated charge, without a meter reading',
            ],
            sin_servicio: ['Me cobran sin recibir agua', 'I am charged but get no water'],
            pago_no_aplicado: ['Un pago no aparece aplicado', 'A payment has not been credited'],
          },
        },
        {
          code: 'monto',
          datatype: 'number',
          label: ['Monto facturado (B/.)', 'Amount billed (B/.)'],
        },
      ],
    },
  ],
  sewer: [
    {
      slug: 'aguas-servidas',
      name: ['Desborde de aguas servidas', 'Sewage overflow'],
      description: [
        'Reporte una alcantarilla sanitaria tapada o aguas negras que corren por la calle.',
        'Report a blocked sewer or sewage running down the street.',
      ],
      category: ['Alcantarillado', 'Sewers'],
      kind: 'incident',
      sla: hours(48),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'aguas negras',
          'aguas servidas',
          'alcantarilla',
          'desborde',
          'cámara de inspección',
          'mal olor',
          'tapado',
        ],
        en: ['sewage', 'sewer', 'overflow', 'manhole', 'blocked sewer', 'bad smell', 'wastewater'],
      },
      questions: [
        {
          code: 'origen',
          datatype: 'singlevaluelist',
          label: ['¿De dónde sale el agua?', 'Where is the water coming from?'],
          required: true,
          values: {
            camara: ['De una cámara de inspección (tapa redonda)', 'A manhole (round cover)'],
            tuberia: ['De una tubería rota', 'A broken pipe'],
            vivienda: ['De la conexión de una vivienda', "A home's connection"],
          },
        },
        {
          code: 'afecta',
          datatype: 'multivaluelist',
          label: ['¿Qué está afectando?', 'What is it affecting?'],
          values: {
            calle: ['La calle', 'The street'],
            viviendas: ['Viviendas', 'Homes'],
            quebrada: ['Una quebrada o río', 'A stream or river'],
            escuela: ['Una escuela', 'A school'],
          },
        },
        {
          code: 'dias',
          datatype: 'number',
          label: ['¿Hace cuántos días ocurre?', 'How many days has this been happening?'],
        },
      ],
    },
    {
      slug: 'tapa-alcantarilla',
      name: ['Tapa de alcantarilla faltante o rota', 'Missing or broken manhole cover'],
      description: [
        'Reporte una cámara de inspección sin tapa o con la tapa rota.',
        'Report a manhole with a missing or broken cover.',
      ],
      category: ['Alcantarillado', 'Sewers'],
      kind: 'incident',
      sla: hours(72),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['tapa', 'alcantarilla sin tapa', 'hueco', 'cámara', 'tapa robada', 'peligro'],
        en: ['manhole cover', 'missing cover', 'open manhole', 'hole', 'stolen cover', 'danger'],
      },
      questions: [
        info('aviso_senal', [
          'Si puede hacerlo sin riesgo, marque el hueco con una rama o un objeto visible.',
          'If you can do it safely, mark the hole with a branch or something easy to see.',
        ]),
        {
          code: 'referencia',
          datatype: 'string',
          label: ['Punto de referencia cercano', 'Nearby landmark'],
          required: true,
        },
      ],
    },
  ],
  roads: [
    {
      slug: 'hueco',
      name: ['Hueco en la calle', 'Pothole'],
      description: [
        'Reporte un hueco o hundimiento en el pavimento de una calle o avenida.',
        'Report a pothole or sunken patch in the surface of a street or avenue.',
      ],
      category: ['Vías y calles', 'Roads and streets'],
      kind: 'incident',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'hueco',
          'bache',
          'cráter',
          'hoyo',
          'calle dañada',
          'pavimento',
          'hundimiento',
          'asfalto',
        ],
        en: [
          'pothole',
          'hole in the road',
          'crater',
          'damaged road',
          'road surface',
          'asphalt',
          'sinkhole',
        ],
      },
      questions: [
        {
          code: 'tamano',
          datatype: 'singlevaluelist',
          label: ['¿Qué tamaño tiene?', 'How big is it?'],
          required: true,
          values: {
            pequeno: ['Más pequeño que un plato', 'Smaller than a plate'],
            mediano: ['Del tamaño de una llanta', 'About the size of a tyre'],
            grande: ['Ocupa casi todo el carril', 'It takes up most of the lane'],
          },
        },
        {
          code: 'cantidad',
          datatype: 'number',
          label: ['¿Cuántos huecos hay en ese tramo?', 'How many potholes are on that stretch?'],
        },
        {
          code: 'tipo_via',
          datatype: 'singlevaluelist',
          label: ['¿En qué tipo de vía está?', 'What kind of road is it on?'],
          values: {
            principal: ['Avenida o vía principal', 'Avenue or main road'],
            secundaria: ['Calle secundaria', 'Side street'],
            residencial: ['Calle de barriada', 'Residential street'],
          },
        },
      ],
    },
    {
      slug: 'cuneta-tapada',
      name: ['Cuneta o drenaje pluvial tapado', 'Blocked gutter or storm drain'],
      description: [
        'Reporte cunetas, tragantes o alcantarillas pluviales tapadas que causan inundaciones.',
        'Report blocked gutters, drain grates or storm drains that cause flooding.',
      ],
      category: ['Drenaje pluvial', 'Storm drainage'],
      kind: 'incident',
      sla: businessDays(7),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'cuneta',
          'drenaje',
          'tragante',
          'se inunda la calle',
          'alcantarilla pluvial',
          'tapado',
          'lluvia',
        ],
        en: [
          'gutter',
          'drain',
          'storm drain',
          'blocked drain',
          'street flooding',
          'flooded street',
          'rain',
        ],
      },
      questions: [
        {
          code: 'obstruccion',
          datatype: 'multivaluelist',
          label: ['¿Qué la tapa?', 'What is blocking it?'],
          values: {
            basura: ['Basura', 'Rubbish'],
            sedimento: ['Tierra o sedimento', 'Soil or silt'],
            vegetacion: ['Hierba o ramas', 'Grass or branches'],
            escombros: ['Escombros', 'Rubble'],
          },
        },
        {
          code: 'inunda',
          datatype: 'singlevaluelist',
          label: ['¿Se inunda la calle cuando llueve?', 'Does the street flood when it rains?'],
          required: true,
          values: {
            si: ['Sí, siempre', 'Yes, every time'],
            a_veces: ['A veces', 'Sometimes'],
            no: ['No', 'No'],
          },
        },
      ],
    },
    {
      slug: 'acera-danada',
      name: ['Acera dañada', 'Damaged pavement'],
      description: [
        'Reporte aceras rotas, hundidas o con huecos que ponen en riesgo a los peatones.',
        'Report broken, sunken or holed pavements that put pedestrians at risk.',
      ],
      category: ['Vías y calles', 'Roads and streets'],
      kind: 'incident',
      sla: businessDays(20),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['acera', 'acera rota', 'vereda', 'peatón', 'caída', 'baldosa'],
        en: [
          'pavement',
          'sidewalk',
          'broken pavement',
          'cracked sidewalk',
          'pedestrian',
          'trip',
          'tiles',
        ],
      },
      questions: [
        {
          code: 'dano',
          datatype: 'singlevaluelist',
          label: ['¿Qué tiene la acera?', 'What is wrong with the pavement?'],
          required: true,
          values: {
            rota: ['Está rota', 'It is broken'],
            hundida: ['Está hundida', 'It has sunk'],
            hueco: ['Tiene un hueco', 'It has a hole'],
            sin_acera: ['No hay acera', 'There is no pavement'],
          },
        },
        {
          code: 'largo',
          datatype: 'number',
          label: [
            'Largo aproximado del tramo dañado (metros)',
            'Approximate length of the damaged stretch (metres)',
          ],
        },
      ],
    },
  ],
  waste: [
    {
      slug: 'basura',
      name: ['Basura no recolectada', 'Rubbish not collected'],
      description: [
        'Reporte que el camión de la basura no pasó en el horario de su sector.',
        'Report that the rubbish lorry did not come at the scheduled time for your area.',
      ],
      category: ['Aseo', 'Waste collection'],
      kind: 'incident',
      sla: hours(72),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'basura',
          'recolección',
          'no pasó el camión',
          'camión de la basura',
          'bolsas',
          'desechos',
          'aseo',
          'malos olores',
        ],
        en: [
          'rubbish',
          'garbage',
          'trash',
          'bin collection',
          'missed collection',
          'garbage truck',
          'bags',
          'waste',
          'smell',
        ],
      },
      questions: [
        {
          code: 'dias',
          datatype: 'number',
          label: [
            '¿Cuántos días lleva sin recolección?',
            'How many days since the last collection?',
          ],
          required: true,
        },
        {
          code: 'tipo',
          datatype: 'multivaluelist',
          label: ['¿Qué desechos hay?', 'What kind of waste is there?'],
          required: true,
          values: {
            domestica: ['Bolsas de basura doméstica', 'Household rubbish bags'],
            cachivaches: ['Cachivaches o muebles', 'Bulky items or furniture'],
            ramas: ['Ramas o desechos de jardín', 'Branches or garden waste'],
            escombros: ['Escombros de construcción', 'Building rubble'],
          },
        },
        {
          code: 'ruta',
          datatype: 'string',
          label: [
            'Ruta o sector de recolección (si lo conoce)',
            'Collection route or area (if you know it)',
          ],
        },
        info('aviso_cachivaches', [
          'Los cachivaches y los escombros no se recogen en la ruta regular: solicite «Recolección de cachivaches».',
          'Bulky items and rubble are not picked up on the regular round: request "Bulky item collection".',
        ]),
      ],
    },
    {
      slug: 'cachivaches',
      name: ['Recolección de cachivaches', 'Bulky item collection'],
      description: [
        'Solicite que recojan muebles, colchones, electrodomésticos u otros objetos grandes.',
        'Ask for furniture, mattresses, appliances or other large items to be collected.',
      ],
      category: ['Aseo', 'Waste collection'],
      kind: 'request',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'cachivaches',
          'colchón',
          'muebles viejos',
          'nevera',
          'electrodomésticos',
          'llantas',
          'sofá',
        ],
        en: [
          'bulky items',
          'bulky waste',
          'mattress',
          'old furniture',
          'fridge',
          'appliances',
          'tyres',
          'tires',
          'sofa',
        ],
      },
      questions: [
        {
          code: 'articulos',
          datatype: 'multivaluelist',
          label: ['¿Qué hay que recoger?', 'What needs collecting?'],
          required: true,
          values: {
            colchon: ['Colchones', 'Mattresses'],
            muebles: ['Muebles', 'Furniture'],
            electrodomesticos: ['Electrodomésticos', 'Household appliances'],
            llantas: ['Llantas', 'Tyres'],
            otros: ['Otros objetos grandes', 'Other large items'],
          },
        },
        {
          code: 'cantidad',
          datatype: 'number',
          label: ['Cantidad aproximada de piezas', 'Approximate number of items'],
          required: true,
        },
        {
          code: 'disponible',
          datatype: 'datetime',
          label: ['¿Desde cuándo pueden recogerse?', 'From when can they be collected?'],
        },
      ],
    },
    {
      slug: 'vertedero',
      name: ['Vertedero improvisado', 'Illegal dumping site'],
      description: [
        'Reporte un lugar donde se arroja basura sin autorización.',
        'Report a place where rubbish is dumped without permission.',
      ],
      category: ['Aseo', 'Waste collection'],
      kind: 'incident',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'vertedero',
          'botadero',
          'tiran basura',
          'lote baldío',
          'basurero clandestino',
          'quema',
        ],
        en: [
          'dumping',
          'fly-tipping',
          'illegal dump',
          'dumped rubbish',
          'vacant lot',
          'garbage dump',
          'burning',
        ],
      },
      questions: [
        {
          code: 'tamano',
          datatype: 'singlevaluelist',
          label: ['¿Qué tamaño tiene?', 'How big is it?'],
          values: {
            pequeno: ['Unas pocas bolsas', 'A few bags'],
            mediano: ['Un montón de varios metros', 'A pile several metres across'],
            grande: ['Ocupa todo un lote', 'It covers a whole plot'],
          },
        },
        {
          code: 'quien',
          datatype: 'text',
          label: [
            '¿Sabe quién arroja la basura? Describa vehículos u horarios',
            'Do you know who dumps the rubbish? Describe vehicles or times',
          ],
        },
      ],
    },
  ],
  transit: [
    {
      slug: 'semaforo',
      name: ['Semáforo dañado', 'Faulty traffic light'],
      description: [
        'Reporte un semáforo apagado, en intermitente, con luces fundidas o desalineado.',
        'Report a traffic light that is off, flashing, has a blown bulb or is out of line.',
      ],
      category: ['Tránsito', 'Traffic'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'semáforo',
          'semáforo dañado',
          'semáforo apagado',
          'intermitente',
          'luz roja',
          'cruce',
          'intersección',
        ],
        en: [
          'traffic light',
          'traffic signal',
          'stoplight',
          'light out',
          'flashing',
          'red light',
          'junction',
          'intersection',
        ],
      },
      questions: [
        {
          code: 'falla',
          datatype: 'singlevaluelist',
          label: ['¿Qué le pasa al semáforo?', 'What is wrong with the traffic light?'],
          required: true,
          values: {
            apagado: ['Está completamente apagado', 'It is completely off'],
            intermitente: ['Está en intermitente', 'It is flashing'],
            luz_fundida: ['Tiene una luz fundida', 'One light is out'],
            desalineado: ['Está caído o girado', 'It has fallen or turned'],
          },
        },
        {
          code: 'interseccion',
          datatype: 'string',
          label: ['Calles que se cruzan', 'Streets at the junction'],
          required: true,
        },
        SINCE,
      ],
    },
    {
      slug: 'mal-estacionado',
      name: ['Vehículo mal estacionado', 'Illegally parked vehicle'],
      description: [
        'Reporte un vehículo que bloquea una acera, un garaje, una parada o una vía.',
        'Report a vehicle blocking a pavement, a driveway, a bus stop or a road.',
      ],
      category: ['Tránsito', 'Traffic'],
      kind: 'incident',
      sla: hours(4),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'mal estacionado',
          'carro en la acera',
          'bloquea mi garaje',
          'doble fila',
          'grúa',
          'estacionado en la parada',
        ],
        en: [
          'illegal parking',
          'parked on the pavement',
          'parked on the sidewalk',
          'blocking my driveway',
          'double parked',
          'tow truck',
          'bus stop parking',
        ],
      },
      questions: [
        {
          code: 'placa',
          datatype: 'string',
          label: ['Placa del vehículo', "Vehicle's number plate"],
          required: true,
        },
        {
          code: 'infraccion',
          datatype: 'singlevaluelist',
          label: ['¿Dónde está estacionado?', 'Where is it parked?'],
          required: true,
          values: {
            acera: ['Sobre la acera', 'On the pavement'],
            garaje: ['Frente a un garaje o entrada', 'Across a garage or driveway'],
            parada: ['En una parada de autobús', 'At a bus stop'],
            doble_fila: ['En doble fila', 'Double-parked'],
            discapacidad: [
              'En un espacio para personas con discapacidad',
              'In a disabled parking space',
            ],
            prohibido: ['En zona prohibida (línea amarilla)', 'In a no-parking zone (yellow line)'],
          },
        },
        info('aviso_remolque', [
          'Si el vehículo es remolcado, su dueño podrá ubicarlo con la consulta de remolques de la ATTT.',
          "If the vehicle is towed, its owner can find it with the ATTT's tow lookup.",
        ]),
      ],
    },
    {
      slug: 'senal-transito',
      name: ['Señal de tránsito dañada o faltante', 'Damaged or missing road sign'],
      description: [
        'Reporte señales de tránsito caídas, vandalizadas, ilegibles o que faltan.',
        'Report road signs that have fallen, been vandalised, cannot be read or are missing.',
      ],
      category: ['Señalización vial', 'Road signs and markings'],
      kind: 'incident',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['señal', 'letrero', 'pare', 'señalización', 'paso peatonal', 'rayado', 'velocidad'],
        en: [
          'road sign',
          'traffic sign',
          'sign',
          'stop sign',
          'road markings',
          'pedestrian crossing',
          'crosswalk',
          'speed limit',
        ],
      },
      questions: [
        {
          code: 'senal',
          datatype: 'singlevaluelist',
          label: ['¿Qué señal?', 'Which sign?'],
          required: true,
          values: {
            pare: ['Pare', 'Stop'],
            ceda: ['Ceda el paso', 'Give way'],
            velocidad: ['Límite de velocidad', 'Speed limit'],
            paso_peatonal: ['Paso peatonal', 'Pedestrian crossing'],
            no_estacionar: ['No estacionar', 'No parking'],
            otra: ['Otra', 'Other'],
          },
        },
        {
          code: 'estado',
          datatype: 'singlevaluelist',
          label: ['¿En qué estado está?', 'What state is it in?'],
          values: {
            caida: ['Caída', 'Knocked down'],
            vandalizada: ['Vandalizada', 'Vandalised'],
            ilegible: ['Ilegible', 'Unreadable'],
            faltante: ['Falta', 'Missing'],
          },
        },
      ],
    },
    {
      slug: 'queja-transporte',
      name: [
        'Queja contra transporte público o taxi',
        'Complaint about public transport or a taxi',
      ],
      description: [
        'Reporte cobros indebidos, maltrato o conducción peligrosa de un taxi, bus o colectivo.',
        'Report overcharging, mistreatment or dangerous driving by a taxi, bus or shared minibus.',
      ],
      category: ['Transporte público', 'Public transport'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'optional',
      attachments: photos(3),
      keywords: {
        es: [
          'taxi',
          'bus',
          'colectivo',
          'conductor',
          'cobro excesivo',
          'no me quiso llevar',
          'pirata',
          'maltrato',
        ],
        en: [
          'taxi',
          'bus',
          'minibus',
          'driver',
          'overcharged',
          'refused to take me',
          'unlicensed taxi',
          'rude driver',
        ],
      },
      questions: [
        {
          code: 'vehiculo',
          datatype: 'singlevaluelist',
          label: ['Tipo de transporte', 'Type of transport'],
          required: true,
          values: {
            taxi: ['Taxi', 'Taxi'],
            bus: ['Bus', 'Bus'],
            colectivo: ['Colectivo o busito', 'Shared minibus (colectivo or busito)'],
            plataforma: ['Plataforma digital', 'Ride-hailing app'],
          },
        },
        {
          code: 'placa',
          datatype: 'string',
          label: ['Placa o número de cupo', 'Number plate or route permit number'],
          required: true,
        },
        {
          code: 'motivo',
          datatype: 'multivaluelist',
          label: ['¿Qué ocurrió?', 'What happened?'],
          required: true,
          values: {
            cobro: ['Cobro excesivo', 'Overcharging'],
            negativa: ['Se negó a llevarme', 'Refused to take me'],
            maltrato: ['Maltrato o acoso', 'Mistreatment or harassment'],
            conduccion: ['Conducción peligrosa', 'Dangerous driving'],
            vehiculo: ['Vehículo en mal estado', 'Vehicle in poor condition'],
          },
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['Fecha y hora', 'Date and time'],
          required: true,
        },
      ],
    },
  ],
  transport: [
    {
      slug: 'objeto-perdido',
      name: ['Objeto perdido', 'Lost property'],
      description: [
        'Reporte un objeto que olvidó en un bus, un vagón o una estación.',
        'Report something you left on a bus, on a train or in a station.',
      ],
      category: ['Transporte público', 'Public transport'],
      kind: 'request',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['perdí', 'objeto perdido', 'olvidé', 'cartera', 'celular', 'mochila', 'billetera'],
        en: [
          'lost',
          'lost property',
          'lost and found',
          'left behind',
          'wallet',
          'purse',
          'phone',
          'backpack',
        ],
      },
      questions: [
        {
          code: 'objeto',
          datatype: 'string',
          label: ['¿Qué perdió?', 'What did you lose?'],
          required: true,
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['¿Cuándo lo perdió?', 'When did you lose it?'],
          required: true,
        },
        {
          code: 'ruta',
          datatype: 'string',
          label: ['Ruta, línea o estación', 'Route, line or station'],
        },
        {
          code: 'senas',
          datatype: 'text',
          label: [
            'Describa el objeto: color, marca, contenido',
            'Describe the item: colour, brand, contents',
          ],
        },
      ],
    },
    {
      slug: 'tarjeta',
      name: ['Reclamo de tarjeta de pago', 'Fare card dispute'],
      description: [
        'Reclame saldo no acreditado, cobros dobles o una tarjeta dañada.',
        'Dispute a top-up that was not credited, a double charge or a faulty card.',
      ],
      category: ['Pasaje', 'Fares'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'none',
      attachments: photos(3),
      keywords: {
        es: [
          'tarjeta',
          'saldo',
          'recarga',
          'cobro doble',
          'no me descontó',
          'tarjeta dañada',
          'pasaje',
        ],
        en: [
          'fare card',
          'metro card',
          'bus card',
          'balance',
          'top-up',
          'charged twice',
          'card not working',
          'fare',
        ],
      },
      questions: [
        {
          code: 'tarjeta',
          datatype: 'string',
          label: ['Número de la tarjeta', 'Card number'],
          required: true,
        },
        {
          code: 'problema',
          datatype: 'singlevaluelist',
          label: ['¿Qué pasó?', 'What happened?'],
          required: true,
          values: {
            recarga: ['La recarga no aparece', 'The top-up does not show'],
            doble_cobro: ['Me cobraron dos veces', 'I was charged twice'],
            saldo: ['El saldo no coincide', 'The balance is wrong'],
            danada: ['La tarjeta no funciona', 'The card does not work'],
          },
        },
        {
          code: 'monto',
          datatype: 'number',
          label: ['Monto en disputa (B/.)', 'Amount in dispute (B/.)'],
        },
      ],
    },
    {
      slug: 'parada-danada',
      name: ['Parada de bus dañada', 'Damaged bus stop'],
      description: [
        'Reporte una parada con el techo, la banca o la iluminación dañados.',
        'Report a bus stop with a damaged roof, bench or lighting.',
      ],
      category: ['Transporte público', 'Public transport'],
      kind: 'incident',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['parada', 'parada de bus', 'caseta', 'techo', 'banca', 'oscura'],
        en: ['bus stop', 'bus shelter', 'shelter', 'roof', 'bench', 'dark'],
      },
      questions: [
        {
          code: 'dano',
          datatype: 'multivaluelist',
          label: ['¿Qué está dañado?', 'What is damaged?'],
          required: true,
          values: {
            techo: ['Techo', 'Roof'],
            banca: ['Banca', 'Bench'],
            iluminacion: ['Iluminación', 'Lighting'],
            senal: ['Letrero de la parada', 'Bus stop sign'],
          },
        },
      ],
    },
  ],
  health: [
    {
      slug: 'criaderos',
      name: ['Criadero de mosquitos', 'Mosquito breeding site'],
      description: [
        'Reporte agua estancada o recipientes donde se crían mosquitos transmisores del dengue.',
        'Report standing water or containers where dengue-carrying mosquitoes breed.',
      ],
      category: ['Salud pública', 'Public health'],
      kind: 'incident',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'mosquitos',
          'dengue',
          'criadero',
          'aedes',
          'zancudos',
          'agua estancada',
          'larvas',
          'llantas',
        ],
        en: [
          'mosquitoes',
          'mosquito',
          'dengue',
          'breeding site',
          'aedes',
          'standing water',
          'larvae',
          'tyres',
        ],
      },
      questions: [
        {
          code: 'criadero',
          datatype: 'multivaluelist',
          label: ['¿Qué tipo de criadero ve?', 'What kind of breeding site do you see?'],
          required: true,
          values: {
            llantas: ['Llantas con agua', 'Tyres holding water'],
            recipientes: ['Envases o recipientes con agua', 'Containers holding water'],
            lote: ['Lote baldío o herbazal', 'Vacant plot or overgrown land'],
            cuneta: ['Cuneta o canal con agua estancada', 'Gutter or ditch with standing water'],
            tanque: ['Tanque sin tapa', 'Uncovered water tank'],
            piscina: ['Piscina abandonada', 'Abandoned swimming pool'],
          },
        },
        {
          code: 'lugar',
          datatype: 'singlevaluelist',
          label: ['¿Dónde está?', 'Where is it?'],
          values: {
            via_publica: ['En la vía pública', 'On public land or the street'],
            vivienda: ['En una vivienda vecina', "At a neighbour's home"],
            abandonado: ['En una casa o edificio abandonado', 'In an abandoned house or building'],
            comercio: ['En un comercio o taller', 'At a shop or workshop'],
          },
        },
        {
          code: 'casos',
          datatype: 'singlevaluelist',
          label: ['¿Hay casos de dengue en el sector?', 'Are there dengue cases in the area?'],
          values: YES_NO_UNSURE,
        },
        info('aviso_hogar', [
          'En su casa: vacíe y cepille los recipientes con agua, tape los tanques y bote lo que acumule agua.',
          'At home: empty and scrub containers that hold water, cover water tanks and throw out anything that collects water.',
        ]),
      ],
    },
    {
      slug: 'insalubridad',
      name: ['Denuncia sanitaria', 'Health hazard report'],
      description: [
        'Denuncie malos olores, plagas, cría de animales o acumulación de desechos que afectan la salud.',
        'Report bad smells, pests, animals kept in unsuitable conditions or piled-up waste that puts health at risk.',
      ],
      category: ['Salud pública', 'Public health'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'insalubre',
          'malos olores',
          'ratas',
          'cucarachas',
          'porqueriza',
          'vecino',
          'plaga',
          'sucio',
        ],
        en: [
          'unsanitary',
          'bad smells',
          'rats',
          'cockroaches',
          'pigsty',
          'neighbour',
          'neighbor',
          'pests',
          'dirty',
        ],
      },
      questions: [
        {
          code: 'problema',
          datatype: 'multivaluelist',
          label: ['¿Qué problema hay?', 'What is the problem?'],
          required: true,
          values: {
            olores: ['Malos olores', 'Bad smells'],
            plagas: ['Ratas o cucarachas', 'Rats or cockroaches'],
            animales: [
              'Cría de animales en zona residencial',
              'Animals kept in a residential area',
            ],
            aguas: ['Aguas estancadas', 'Standing water'],
            desechos: ['Acumulación de desechos', 'Piled-up waste'],
          },
        },
        {
          code: 'meses',
          datatype: 'number',
          label: ['¿Cuántos meses lleva el problema?', 'How many months has this been going on?'],
        },
      ],
    },
    {
      slug: 'fumigacion',
      name: ['Solicitud de fumigación', 'Request for fumigation'],
      description: [
        'Solicite la fumigación o nebulización de un sector con muchos mosquitos o casos de dengue.',
        'Ask for fumigation or fogging of an area with many mosquitoes or dengue cases.',
      ],
      category: ['Salud pública', 'Public health'],
      kind: 'request',
      sla: businessDays(10),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['fumigar', 'fumigación', 'nebulización', 'mosquitos', 'dengue', 'zancudos'],
        en: ['fumigation', 'fumigate', 'fogging', 'spraying', 'mosquitoes', 'dengue'],
      },
      questions: [
        {
          code: 'motivo',
          datatype: 'singlevaluelist',
          label: ['Motivo', 'Reason'],
          required: true,
          values: {
            caso_confirmado: [
              'Hay un caso confirmado de dengue',
              'There is a confirmed dengue case',
            ],
            muchos_mosquitos: ['Hay muchos mosquitos', 'There are many mosquitoes'],
            prevencion: ['Prevención', 'Prevention'],
          },
        },
        {
          code: 'viviendas',
          datatype: 'number',
          label: [
            'Número aproximado de viviendas del sector',
            'Approximate number of homes in the area',
          ],
        },
      ],
    },
  ],
  healthcare: [
    {
      slug: 'atencion-medica',
      name: ['Queja por atención médica', 'Complaint about medical care'],
      description: [
        'Reporte demoras, maltrato o problemas en la atención de un hospital, policlínica o centro de salud.',
        'Report delays, mistreatment or problems with care at a hospital, polyclinic or health centre.',
      ],
      category: ['Atención de salud', 'Health care'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'atención',
          'médico',
          'urgencias',
          'policlínica',
          'hospital',
          'demora',
          'maltrato',
          'enfermera',
        ],
        en: [
          'medical care',
          'doctor',
          'emergency room',
          'A&E',
          'polyclinic',
          'hospital',
          'waiting time',
          'nurse',
        ],
      },
      questions: [
        {
          code: 'instalacion',
          datatype: 'string',
          label: [
            'Hospital, policlínica o centro de salud',
            'Hospital, polyclinic or health centre',
          ],
          required: true,
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['Fecha y hora de la atención', 'Date and time of the visit'],
          required: true,
        },
        {
          code: 'servicio',
          datatype: 'singlevaluelist',
          label: ['Servicio', 'Service'],
          values: {
            urgencias: ['Urgencias', 'Emergency department'],
            consulta: ['Consulta externa', 'Outpatient clinic'],
            hospitalizacion: ['Hospitalización', 'Inpatient ward'],
            laboratorio: ['Laboratorio o imágenes', 'Laboratory or imaging'],
            farmacia: ['Farmacia', 'Pharmacy'],
          },
        },
        {
          code: 'motivo',
          datatype: 'multivaluelist',
          label: ['Motivo', 'Reason'],
          required: true,
          values: {
            demora: ['Demora', 'Delay'],
            trato: ['Mal trato', 'Rude treatment'],
            higiene: ['Falta de higiene', 'Poor hygiene'],
            informacion: ['Falta de información', 'Lack of information'],
          },
        },
      ],
    },
    {
      slug: 'medicamentos',
      name: ['Falta de medicamentos', 'Medicine not available'],
      description: [
        'Reporte que la farmacia no le entregó un medicamento recetado.',
        'Report that the pharmacy did not give you a prescribed medicine.',
      ],
      category: ['Atención de salud', 'Health care'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'none',
      attachments: photos(3),
      keywords: {
        es: ['medicamento', 'medicina', 'farmacia', 'receta', 'no hay', 'desabastecimiento'],
        en: ['medicine', 'medication', 'pharmacy', 'prescription', 'out of stock', 'shortage'],
      },
      questions: [
        {
          code: 'medicamento',
          datatype: 'string',
          label: ['Medicamento y dosis', 'Medicine and dose'],
          required: true,
        },
        {
          code: 'farmacia',
          datatype: 'string',
          label: ['Farmacia donde lo solicitó', 'Pharmacy where you asked for it'],
          required: true,
        },
        {
          code: 'intentos',
          datatype: 'number',
          label: [
            '¿Cuántas veces lo ha solicitado sin recibirlo?',
            'How many times have you asked for it without getting it?',
          ],
        },
      ],
    },
    {
      slug: 'cita',
      name: ['Problema con una cita médica', 'Problem with a medical appointment'],
      description: [
        'Reporte que no consigue cita, que se la cancelaron o que se la dieron demasiado lejos.',
        'Report that you cannot get an appointment, that it was cancelled or that the date given is too far off.',
      ],
      category: ['Atención de salud', 'Health care'],
      kind: 'request',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['cita', 'citas', 'especialista', 'reprogramar', 'agenda', 'cupo'],
        en: [
          'appointment',
          'appointments',
          'specialist',
          'reschedule',
          'booking',
          'cancelled appointment',
        ],
      },
      questions: [
        {
          code: 'especialidad',
          datatype: 'string',
          label: ['Especialidad', 'Specialty'],
          required: true,
        },
        {
          code: 'instalacion',
          datatype: 'string',
          label: ['Instalación de salud', 'Health facility'],
        },
        {
          code: 'problema',
          datatype: 'singlevaluelist',
          label: ['¿Qué ocurre?', 'What is happening?'],
          required: true,
          values: {
            sin_cupo: ['No consigo cita', 'I cannot get an appointment'],
            cancelada: ['Me cancelaron la cita', 'My appointment was cancelled'],
            lejana: ['La cita es demasiado lejana', 'The appointment is too far off'],
          },
        },
        {
          code: 'fecha_cita',
          datatype: 'datetime',
          label: ['Fecha de la cita, si tiene una', 'Appointment date, if you have one'],
        },
      ],
    },
  ],
  food: [
    {
      slug: 'alimentos',
      name: ['Alimento en mal estado o local insalubre', 'Spoiled food or unhygienic premises'],
      description: [
        'Denuncie alimentos vencidos o en mal estado, o un local de comida sin higiene.',
        'Report expired or spoiled food, or a food business with poor hygiene.',
      ],
      category: ['Inocuidad de alimentos', 'Food safety'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'optional',
      attachments: photos(5),
      keywords: {
        es: [
          'comida',
          'vencido',
          'intoxicación',
          'restaurante',
          'fonda',
          'sucio',
          'producto',
          'alimento',
        ],
        en: [
          'food',
          'expired',
          'food poisoning',
          'restaurant',
          'diner',
          'dirty',
          'product',
          'spoiled',
        ],
      },
      questions: [
        {
          code: 'establecimiento',
          datatype: 'string',
          label: ['Nombre del establecimiento', 'Name of the business'],
          required: true,
        },
        {
          code: 'problema',
          datatype: 'singlevaluelist',
          label: ['¿Qué ocurrió?', 'What happened?'],
          required: true,
          values: {
            vencido: ['Producto vencido', 'Expired product'],
            mal_estado: ['Alimento en mal estado', 'Spoiled food'],
            higiene: ['Falta de higiene en el local', 'Poor hygiene on the premises'],
            intoxicacion: ['Me intoxiqué', 'I got food poisoning'],
          },
        },
        {
          code: 'fecha_compra',
          datatype: 'datetime',
          label: ['Fecha de compra o consumo', 'Date bought or eaten'],
        },
        {
          code: 'lote',
          datatype: 'string',
          label: [
            'Lote o registro sanitario del producto',
            "Product's batch or health registration number",
          ],
        },
      ],
    },
  ],
  lighting: [
    {
      slug: 'luminaria',
      name: ['Luminaria apagada', 'Street light out'],
      description: [
        'Reporte una luminaria del alumbrado público apagada, intermitente o encendida de día.',
        'Report a street light that is out, flickering or on during the day.',
      ],
      category: ['Alumbrado público', 'Street lighting'],
      kind: 'incident',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'luminaria',
          'alumbrado',
          'lámpara',
          'poste',
          'oscuro',
          'luz de la calle',
          'foco',
          'apagada',
        ],
        en: [
          'street light',
          'streetlight',
          'street lamp',
          'lamp',
          'light out',
          'dark street',
          'bulb',
          'lighting',
        ],
      },
      questions: [
        {
          code: 'numero_poste',
          datatype: 'string',
          label: ['Número del poste', 'Pole number'],
          description: [
            'Está en una placa o pintado en el poste; ayuda a la cuadrilla a encontrar la luminaria.',
            'It is on a plate or painted on the pole; it helps the crew find the light.',
          ],
        },
        {
          code: 'cantidad',
          datatype: 'number',
          label: ['¿Cuántas luminarias están apagadas?', 'How many street lights are out?'],
          required: true,
        },
        {
          code: 'estado',
          datatype: 'singlevaluelist',
          label: ['¿Cómo está?', 'What is it doing?'],
          required: true,
          values: {
            apagada: ['Apagada', 'It is out'],
            intermitente: ['Se prende y se apaga', 'It flickers on and off'],
            de_dia: ['Encendida de día', 'It is on during the day'],
          },
        },
      ],
    },
    {
      slug: 'poste-danado',
      name: ['Poste de alumbrado dañado', 'Damaged lamp post'],
      description: [
        'Reporte un poste de alumbrado caído, inclinado o chocado.',
        'Report a lamp post that has fallen, is leaning or was hit by a vehicle.',
      ],
      category: ['Alumbrado público', 'Street lighting'],
      kind: 'incident',
      sla: hours(48),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['poste', 'poste caído', 'inclinado', 'chocaron el poste', 'oxidado'],
        en: ['lamp post', 'light pole', 'fallen pole', 'leaning pole', 'pole hit by car', 'rusted'],
      },
      questions: [
        info('aviso_cables', [
          'Si hay cables caídos, aléjese y llame al 103 o al 911.',
          'If there are fallen wires, keep away and call 103 or 911.',
        ]),
        {
          code: 'dano',
          datatype: 'singlevaluelist',
          label: ['¿Qué le pasa al poste?', 'What is wrong with the lamp post?'],
          required: true,
          values: {
            caido: ['Está caído', 'It has fallen'],
            inclinado: ['Está inclinado', 'It is leaning'],
            chocado: ['Lo chocaron', 'It was hit by a vehicle'],
            oxidado: ['Está oxidado en la base', 'It is rusted at the base'],
          },
        },
      ],
    },
  ],
  parks: [
    {
      slug: 'herbazal',
      name: ['Herbazal o área verde descuidada', 'Overgrown grass or neglected green space'],
      description: [
        'Reporte parques, servidumbres o áreas públicas con la hierba alta.',
        'Report parks, roadside verges or public areas where the grass is overgrown.',
      ],
      category: ['Parques y áreas verdes', 'Parks and green spaces'],
      kind: 'incident',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['herbazal', 'monte', 'hierba alta', 'maleza', 'parque', 'área verde', 'servidumbre'],
        en: [
          'overgrown',
          'long grass',
          'tall grass',
          'weeds',
          'park',
          'green space',
          'verge',
          'mowing',
        ],
      },
      questions: [
        {
          code: 'lugar',
          datatype: 'singlevaluelist',
          label: ['¿Dónde?', 'Where?'],
          required: true,
          values: {
            parque: ['Parque', 'Park'],
            servidumbre: ['Servidumbre de la calle', 'Roadside verge'],
            lote: ['Lote público', 'Public plot'],
            cancha: ['Cancha', 'Sports court or pitch'],
          },
        },
        {
          code: 'altura',
          datatype: 'singlevaluelist',
          label: ['Altura de la hierba', 'Height of the grass'],
          values: {
            rodilla: ['Hasta la rodilla', 'Knee-high'],
            cintura: ['Hasta la cintura', 'Waist-high'],
            mas: ['Más de un metro', 'Over a metre'],
          },
        },
      ],
    },
    {
      slug: 'arbol',
      name: ['Árbol caído o con riesgo de caer', 'Fallen tree or tree at risk of falling'],
      description: [
        'Reporte un árbol caído, inclinado o con ramas a punto de caer.',
        'Report a tree that has fallen, is leaning or has branches about to fall.',
      ],
      category: ['Parques y áreas verdes', 'Parks and green spaces'],
      kind: 'incident',
      sla: hours(48),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['árbol', 'árbol caído', 'rama', 'ramas', 'se va a caer', 'poda', 'tumbar'],
        en: [
          'tree',
          'fallen tree',
          'branch',
          'branches',
          'about to fall',
          'pruning',
          'tree removal',
        ],
      },
      questions: [
        {
          code: 'situacion',
          datatype: 'singlevaluelist',
          label: ['¿Cuál es la situación?', 'What is the situation?'],
          required: true,
          values: {
            caido: ['Ya se cayó', 'It has already fallen'],
            inclinado: ['Está inclinado', 'It is leaning'],
            rama: ['Una rama grande cuelga', 'A large branch is hanging'],
            raices: ['Las raíces levantan la acera', 'The roots are lifting the pavement'],
          },
        },
        {
          code: 'bloquea',
          datatype: 'multivaluelist',
          label: ['¿Qué está afectando?', 'What is it affecting?'],
          values: {
            calle: ['La calle', 'The street'],
            acera: ['La acera', 'The pavement'],
            cables: ['Cables eléctricos', 'Power lines'],
            vivienda: ['Una vivienda', 'A home'],
          },
        },
      ],
    },
    {
      slug: 'parque-danado',
      name: ['Parque o juegos infantiles dañados', 'Damaged park or playground'],
      description: [
        'Reporte juegos, bancas, canchas o iluminación dañados en un parque.',
        'Report damaged play equipment, benches, courts or lighting in a park.',
      ],
      category: ['Parques y áreas verdes', 'Parks and green spaces'],
      kind: 'incident',
      sla: businessDays(20),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['parque', 'columpio', 'juegos', 'cancha', 'bancas', 'tobogán'],
        en: ['park', 'playground', 'swing', 'slide', 'court', 'benches', 'play equipment'],
      },
      questions: [
        {
          code: 'dano',
          datatype: 'multivaluelist',
          label: ['¿Qué está dañado?', 'What is damaged?'],
          required: true,
          values: {
            juegos: ['Juegos infantiles', 'Play equipment'],
            bancas: ['Bancas', 'Benches'],
            iluminacion: ['Iluminación', 'Lighting'],
            cerca: ['Cerca o portón', 'Fence or gate'],
            cancha: ['Cancha', 'Sports court or pitch'],
          },
        },
      ],
    },
  ],
  municipal: [
    {
      slug: 'ruido',
      name: ['Ruido excesivo', 'Excessive noise'],
      description: [
        'Denuncie música alta, fiestas, comercios o construcciones que hacen ruido excesivo.',
        'Report loud music, parties, businesses or building work making excessive noise.',
      ],
      category: ['Convivencia', 'Neighbourhood nuisances'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['ruido', 'música alta', 'bulla', 'fiesta', 'parlantes', 'bar', 'discoteca', 'vecino'],
        en: [
          'noise',
          'loud music',
          'party',
          'speakers',
          'bar',
          'nightclub',
          'neighbour',
          'neighbor',
        ],
      },
      questions: [
        info('aviso_ahora', [
          'Si el ruido ocurre en este momento, puede llamar a la Policía Nacional al 104.',
          'If the noise is happening right now, you can call the National Police on 104.',
        ]),
        {
          code: 'fuente',
          datatype: 'singlevaluelist',
          label: ['¿De dónde viene el ruido?', 'Where is the noise coming from?'],
          required: true,
          values: {
            vivienda: ['Una vivienda', 'A home'],
            comercio: ['Un bar, discoteca o comercio', 'A bar, nightclub or business'],
            construccion: ['Una construcción', 'A building site'],
            vehiculos: ['Vehículos con música', 'Vehicles playing music'],
          },
        },
        {
          code: 'dias',
          datatype: 'multivaluelist',
          label: ['¿Qué días ocurre?', 'On which days does it happen?'],
          values: DAYS_OF_WEEK,
        },
        { code: 'horario', datatype: 'string', label: ['Horario aproximado', 'Approximate times'] },
      ],
    },
    {
      slug: 'espacio-publico',
      name: [
        'Ocupación indebida de la acera o el espacio público',
        'Pavement or public space blocked without permission',
      ],
      description: [
        'Denuncie mercancía, construcciones, cercas o vendedores que bloquean aceras o calles.',
        'Report goods, structures, fences or vendors blocking pavements or streets.',
      ],
      category: ['Espacio público', 'Public space'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'acera ocupada',
          'buhonero',
          'vendedor',
          'obstrucción',
          'mercancía en la acera',
          'cerca',
          'kiosco',
        ],
        en: [
          'blocked pavement',
          'blocked sidewalk',
          'street vendor',
          'vendor',
          'obstruction',
          'goods on the pavement',
          'fence',
          'kiosk',
        ],
      },
      questions: [
        {
          code: 'ocupacion',
          datatype: 'singlevaluelist',
          label: ['¿Qué ocupa el espacio?', 'What is taking up the space?'],
          required: true,
          values: {
            comercio: ['Mercancía de un comercio', "A shop's goods"],
            construccion: ['Materiales de construcción', 'Building materials'],
            vendedor: ['Un vendedor ambulante', 'A street vendor'],
            cerca: ['Una cerca o estructura', 'A fence or structure'],
          },
        },
      ],
    },
    {
      slug: 'construccion',
      name: ['Construcción sin permiso', 'Building work without a permit'],
      description: [
        'Denuncie una obra, ampliación o relleno que parece no tener permiso municipal.',
        'Report building work, an extension or land filling that seems to have no municipal permit.',
      ],
      category: ['Obras y permisos', 'Building and permits'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'construcción',
          'sin permiso',
          'obra',
          'ilegal',
          'ampliación',
          'relleno',
          'movimiento de tierra',
        ],
        en: [
          'building work',
          'construction',
          'no permit',
          'without a permit',
          'illegal construction',
          'extension',
          'landfill',
          'earthworks',
        ],
      },
      questions: [
        {
          code: 'tipo',
          datatype: 'singlevaluelist',
          label: ['Tipo de obra', 'Type of work'],
          required: true,
          values: {
            vivienda: ['Vivienda nueva', 'New home'],
            ampliacion: ['Ampliación', 'Extension'],
            comercial: ['Local comercial', 'Commercial premises'],
            relleno: ['Relleno o movimiento de tierra', 'Land filling or earthworks'],
          },
        },
        {
          code: 'letrero',
          datatype: 'singlevaluelist',
          label: [
            '¿Tiene letrero con el número de permiso?',
            'Is there a sign showing the permit number?',
          ],
          values: YES_NO_UNSURE,
        },
        {
          code: 'inicio',
          datatype: 'datetime',
          label: ['¿Desde cuándo se trabaja?', 'Since when has work been going on?'],
        },
      ],
    },
  ],
  animals: [
    {
      slug: 'animal-muerto',
      name: ['Animal muerto en la vía', 'Dead animal on the road'],
      description: [
        'Reporte un animal muerto en una calle, acera, lote o quebrada.',
        'Report a dead animal in a street, on a pavement, on a plot of land or in a stream.',
      ],
      category: ['Sanidad', 'Sanitation'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['animal muerto', 'perro muerto', 'gato muerto', 'atropellado', 'mal olor', 'cadáver'],
        en: ['dead animal', 'dead dog', 'dead cat', 'roadkill', 'run over', 'smell', 'carcass'],
      },
      questions: [
        {
          code: 'animal',
          datatype: 'singlevaluelist',
          label: ['Animal', 'Animal'],
          required: true,
          values: {
            perro: ['Perro', 'Dog'],
            gato: ['Gato', 'Cat'],
            grande: ['Caballo o res', 'Horse or cow'],
            otro: ['Otro', 'Other'],
          },
        },
      ],
    },
    {
      slug: 'maltrato-animal',
      name: ['Maltrato animal', 'Animal cruelty'],
      description: [
        'Denuncie animales maltratados, abandonados, sin agua o amarrados sin cuidado.',
        'Report animals that are mistreated, abandoned, left without water or tied up and neglected.',
      ],
      category: ['Bienestar animal', 'Animal welfare'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'maltrato animal',
          'perro amarrado',
          'abandono',
          'animal herido',
          'crueldad',
          'sin comida',
        ],
        en: [
          'animal cruelty',
          'animal abuse',
          'dog tied up',
          'abandoned animal',
          'injured animal',
          'neglect',
          'no food',
        ],
      },
      questions: [
        {
          code: 'situacion',
          datatype: 'multivaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            sin_agua: ['Sin agua ni comida', 'No water or food'],
            amarrado: ['Amarrado todo el tiempo', 'Tied up all the time'],
            golpes: ['Golpes', 'Signs of beating'],
            abandono: ['Abandonado', 'Abandoned'],
            herido: ['Herido', 'Injured'],
          },
        },
      ],
    },
  ],
  security: [
    {
      slug: 'actividad-sospechosa',
      name: ['Actividad sospechosa (no urgente)', 'Suspicious activity (non-emergency)'],
      description: [
        'Informe de actividades delictivas recurrentes en su comunidad que no son una emergencia.',
        'Tell us about repeated criminal activity in your community that is not an emergency.',
      ],
      category: ['Seguridad ciudadana', 'Community safety'],
      kind: 'complaint',
      sla: hours(72),
      location: 'optional',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'sospechoso',
          'drogas',
          'pandilla',
          'robos',
          'inseguridad',
          'vandalismo',
          'delincuencia',
        ],
        en: ['suspicious', 'drugs', 'gang', 'robberies', 'theft', 'unsafe', 'vandalism', 'crime'],
      },
      questions: [
        info('aviso_emergencia', [
          'Si hay un delito en curso o una emergencia, llame al 104 o al 911.',
          'If a crime is happening now or there is an emergency, call 104 or 911.',
        ]),
        {
          code: 'actividad',
          datatype: 'multivaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            venta_drogas: ['Venta de drogas', 'Drug dealing'],
            pandillas: ['Pandillas', 'Gangs'],
            robos: ['Robos frecuentes', 'Frequent robberies'],
            vandalismo: ['Vandalismo', 'Vandalism'],
          },
        },
        {
          code: 'frecuencia',
          datatype: 'singlevaluelist',
          label: ['¿Con qué frecuencia?', 'How often?'],
          values: {
            una_vez: ['Una vez', 'Once'],
            semanal: ['Cada semana', 'Every week'],
            diaria: ['Todos los días', 'Every day'],
          },
        },
        {
          code: 'horario',
          datatype: 'string',
          label: ['Horario en que ocurre', 'Times when it happens'],
        },
      ],
    },
    {
      slug: 'patrullaje',
      name: ['Solicitud de patrullaje', 'Request for police patrols'],
      description: [
        'Solicite más presencia policial en su calle o comunidad.',
        'Ask for more police presence in your street or community.',
      ],
      category: ['Seguridad ciudadana', 'Community safety'],
      kind: 'request',
      sla: businessDays(5),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['patrulla', 'patrullaje', 'policía', 'ronda', 'vigilancia'],
        en: ['patrol', 'police patrol', 'police', 'security', 'surveillance'],
      },
      questions: [
        {
          code: 'franja',
          datatype: 'multivaluelist',
          label: ['¿En qué horario?', 'At what times?'],
          required: true,
          values: {
            manana: ['Mañana', 'Morning'],
            tarde: ['Tarde', 'Afternoon'],
            noche: ['Noche', 'Evening'],
            madrugada: ['Madrugada', 'After midnight'],
          },
        },
        {
          code: 'motivo',
          datatype: 'text',
          label: ['¿Por qué solicita el patrullaje?', 'Why are you asking for patrols?'],
          required: true,
        },
      ],
    },
  ],
  emergency: [
    {
      slug: 'inundacion',
      name: ['Riesgo de inundación', 'Flood risk'],
      description: [
        'Reporte ríos, quebradas o drenajes que amenazan con inundar viviendas.',
        'Report rivers, streams or drains that threaten to flood homes.',
      ],
      category: ['Gestión de riesgo', 'Disaster risk management'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['inundación', 'crecida', 'río', 'quebrada', 'desborde', 'lluvias', 'se inunda'],
        en: ['flood', 'flooding', 'rising river', 'river', 'stream', 'overflowing', 'heavy rain'],
      },
      questions: [
        info('aviso_911', [
          'Si el agua ya entra en las viviendas o hay personas atrapadas, llame al 911.',
          'If water is already getting into homes or people are trapped, call 911.',
        ]),
        {
          code: 'fuente',
          datatype: 'singlevaluelist',
          label: ['¿De dónde viene el agua?', 'Where is the water coming from?'],
          required: true,
          values: {
            rio: ['Un río', 'A river'],
            quebrada: ['Una quebrada', 'A stream'],
            drenaje: ['Un drenaje tapado', 'A blocked drain'],
            mar: ['El mar', 'The sea'],
          },
        },
        { code: 'viviendas', datatype: 'number', label: ['Viviendas en riesgo', 'Homes at risk'] },
        {
          code: 'vulnerables',
          datatype: 'multivaluelist',
          label: ['En el sector hay…', 'In the area there are…'],
          values: VULNERABLE_PEOPLE,
        },
      ],
    },
    {
      slug: 'deslizamiento',
      name: ['Deslizamiento de tierra', 'Landslide'],
      description: [
        'Reporte grietas, derrumbes o deslizamientos de tierra cerca de viviendas o vías.',
        'Report cracks in the ground, collapses or landslides near homes or roads.',
      ],
      category: ['Gestión de riesgo', 'Disaster risk management'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['deslizamiento', 'derrumbe', 'talud', 'grietas', 'deslave', 'cerro', 'tierra'],
        en: ['landslide', 'mudslide', 'collapse', 'slope', 'cracks', 'hillside', 'earth'],
      },
      questions: [
        {
          code: 'situacion',
          datatype: 'singlevaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            grietas: ['Grietas en el terreno o las paredes', 'Cracks in the ground or walls'],
            ocurrido: ['Ya hubo un deslizamiento', 'A landslide has already happened'],
            movimiento: ['El terreno se sigue moviendo', 'The ground is still moving'],
          },
        },
        {
          code: 'viviendas',
          datatype: 'number',
          label: ['Viviendas afectadas o en riesgo', 'Homes affected or at risk'],
        },
        {
          code: 'afecta',
          datatype: 'multivaluelist',
          label: ['¿Qué afecta?', 'What does it affect?'],
          values: {
            viviendas: ['Viviendas', 'Homes'],
            calle: ['La calle', 'The street'],
            tendido: ['Postes o cables', 'Poles or power lines'],
            quebrada: ['Una quebrada', 'A stream'],
          },
        },
      ],
    },
    {
      slug: 'inspeccion',
      name: ['Solicitud de inspección de seguridad', 'Request for a safety inspection'],
      description: [
        'Solicite la evaluación de riesgo de una vivienda, comercio o escuela.',
        'Ask for a risk assessment of a home, business or school.',
      ],
      category: ['Gestión de riesgo', 'Disaster risk management'],
      kind: 'request',
      sla: businessDays(10),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: [
          'inspección',
          'evaluación',
          'riesgo',
          'estructura',
          'incendio',
          'extintor',
          'casa en riesgo',
        ],
        en: [
          'inspection',
          'assessment',
          'risk',
          'structure',
          'fire',
          'fire extinguisher',
          'house at risk',
        ],
      },
      questions: [
        {
          code: 'motivo',
          datatype: 'singlevaluelist',
          label: ['Motivo de la inspección', 'Reason for the inspection'],
          required: true,
          values: {
            estructura: ['Daños en la estructura', 'Structural damage'],
            electrico: ['Instalación eléctrica peligrosa', 'Dangerous electrical wiring'],
            incendio: ['Riesgo de incendio', 'Fire risk'],
            terreno: ['Terreno inestable', 'Unstable ground'],
          },
        },
        {
          code: 'inmueble',
          datatype: 'singlevaluelist',
          label: ['Tipo de inmueble', 'Type of property'],
          values: {
            vivienda: ['Vivienda', 'Home'],
            comercio: ['Comercio', 'Business'],
            escuela: ['Escuela', 'School'],
            publico: ['Edificio público', 'Public building'],
          },
        },
      ],
    },
  ],
  education: [
    {
      slug: 'infraestructura-escolar',
      name: ['Daño en infraestructura escolar', 'Damage to a school building'],
      description: [
        'Reporte techos, baños, electricidad o aulas en mal estado en un centro educativo.',
        'Report roofs, toilets, electrics or classrooms in poor repair at a school.',
      ],
      category: ['Educación', 'Education'],
      kind: 'incident',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'escuela',
          'colegio',
          'aula',
          'techo',
          'baños',
          'filtraciones',
          'comedor',
          'infraestructura',
        ],
        en: [
          'school',
          'classroom',
          'roof',
          'toilets',
          'bathrooms',
          'leaks',
          'canteen',
          'school building',
        ],
      },
      questions: [
        {
          code: 'escuela',
          datatype: 'string',
          label: ['Nombre del centro educativo', 'Name of the school'],
          required: true,
        },
        {
          code: 'dano',
          datatype: 'multivaluelist',
          label: ['¿Qué está dañado?', 'What is damaged?'],
          required: true,
          values: {
            techo: ['Techo o filtraciones', 'Roof or leaks'],
            banos: ['Baños', 'Toilets'],
            electricidad: ['Electricidad', 'Electricity'],
            agua: ['Agua potable', 'Drinking water'],
            aulas: ['Aulas o mobiliario', 'Classrooms or furniture'],
            cerca: ['Cerca perimetral', 'Perimeter fence'],
          },
        },
        {
          code: 'estudiantes',
          datatype: 'number',
          label: ['Estudiantes afectados (aproximado)', 'Students affected (approximate)'],
        },
      ],
    },
    {
      slug: 'falta-docente',
      name: ['Falta de docente', 'No teacher assigned'],
      description: [
        'Reporte un grupo o una asignatura sin docente asignado.',
        'Report a class or subject with no teacher assigned.',
      ],
      category: ['Educación', 'Education'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['maestro', 'profesor', 'docente', 'sin clases', 'vacante', 'falta de docente'],
        en: ['teacher', 'no teacher', 'no classes', 'vacancy', 'missing teacher'],
      },
      questions: [
        {
          code: 'escuela',
          datatype: 'string',
          label: ['Nombre del centro educativo', 'Name of the school'],
          required: true,
        },
        {
          code: 'grado',
          datatype: 'string',
          label: ['Grado o asignatura sin docente', 'Grade or subject without a teacher'],
          required: true,
        },
        {
          code: 'desde',
          datatype: 'datetime',
          label: ['¿Desde cuándo no hay docente?', 'Since when has there been no teacher?'],
        },
      ],
    },
  ],
  scholarships: [
    {
      slug: 'beca',
      name: ['Consulta sobre pago de beca', 'Question about a scholarship payment'],
      description: [
        'Consulte por pagos pendientes, montos o requisitos de becas y del PASE-U.',
        'Ask about outstanding payments, amounts or requirements for scholarships and PASE-U.',
      ],
      category: ['Becas', 'Scholarships'],
      kind: 'information',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['beca', 'pase-u', 'pago', 'concurso', 'auxilio', 'no me pagaron', 'posgrado'],
        en: [
          'scholarship',
          'pase-u',
          'payment',
          'grant',
          'financial aid',
          'not paid',
          'postgraduate',
        ],
      },
      questions: [
        {
          code: 'cedula_estudiante',
          datatype: 'string',
          label: ['Cédula del estudiante', "Student's cédula (ID number)"],
          required: true,
        },
        {
          code: 'programa',
          datatype: 'singlevaluelist',
          label: ['Programa', 'Programme'],
          required: true,
          values: {
            pase_u: ['PASE-U', 'PASE-U (universal student allowance)'],
            concurso: ['Beca por concurso', 'Merit scholarship'],
            auxilio: ['Auxilio económico', 'Financial aid'],
            posgrado: ['Beca de posgrado', 'Postgraduate scholarship'],
          },
        },
        {
          code: 'problema',
          datatype: 'singlevaluelist',
          label: ['¿Cuál es su consulta?', 'What is your question?'],
          values: {
            no_pago: ['No he recibido el pago', 'I have not been paid'],
            monto: ['El monto no es correcto', 'The amount is wrong'],
            requisitos: ['Requisitos', 'Requirements'],
            documentos: ['Documentos pendientes', 'Outstanding documents'],
          },
        },
      ],
    },
  ],
  training: [
    {
      slug: 'curso',
      name: ['Información sobre cursos e inscripción', 'Courses and enrolment'],
      description: [
        'Pregunte por cursos disponibles, fechas de inscripción y requisitos.',
        'Ask about available courses, enrolment dates and requirements.',
      ],
      category: ['Capacitación', 'Training'],
      kind: 'information',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['curso', 'capacitación', 'inscripción', 'matrícula', 'técnico', 'gratis'],
        en: ['course', 'training', 'enrolment', 'enrollment', 'registration', 'technical', 'free'],
      },
      questions: [
        {
          code: 'interes',
          datatype: 'string',
          label: ['Curso o área de interés', 'Course or area of interest'],
          required: true,
        },
        {
          code: 'modalidad',
          datatype: 'singlevaluelist',
          label: ['Modalidad', 'Format'],
          values: {
            presencial: ['Presencial', 'In person'],
            virtual: ['Virtual', 'Online'],
            cualquiera: ['Cualquiera', 'Either'],
          },
        },
        {
          code: 'provincia',
          datatype: 'string',
          label: ['Provincia o comarca', 'Province or comarca (indigenous region)'],
        },
      ],
    },
  ],
  environment: [
    {
      slug: 'tala',
      name: ['Tala ilegal de árboles', 'Illegal tree felling'],
      description: [
        'Denuncie la tala de árboles, de manglar o de bosque sin autorización.',
        'Report trees, mangroves or forest being cut down without permission.',
      ],
      category: ['Ambiente', 'Environment'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'tala',
          'deforestación',
          'cortan árboles',
          'motosierra',
          'manglar',
          'bosque',
          'relleno',
        ],
        en: [
          'tree felling',
          'logging',
          'deforestation',
          'cutting trees',
          'chainsaw',
          'mangrove',
          'forest',
        ],
      },
      questions: [
        {
          code: 'arboles',
          datatype: 'number',
          label: ['Árboles cortados (aproximado)', 'Trees cut down (approximate)'],
        },
        {
          code: 'zona',
          datatype: 'singlevaluelist',
          label: ['Tipo de zona', 'Type of area'],
          required: true,
          values: {
            urbana: ['Zona urbana', 'Urban area'],
            rural: ['Zona rural', 'Rural area'],
            manglar: ['Manglar', 'Mangrove'],
            protegida: ['Área protegida', 'Protected area'],
            rio: ['Orilla de río o quebrada', 'Bank of a river or stream'],
          },
        },
        {
          code: 'en_curso',
          datatype: 'singlevaluelist',
          label: ['¿Está ocurriendo ahora?', 'Is it happening now?'],
          values: YES_NO_UNSURE,
        },
      ],
    },
    {
      slug: 'contaminacion-rio',
      name: ['Contaminación de río o quebrada', 'River or stream pollution'],
      description: [
        'Denuncie descargas, basura o químicos que contaminan un río o una quebrada.',
        'Report discharges, rubbish or chemicals polluting a river or stream.',
      ],
      category: ['Ambiente', 'Environment'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['contaminación', 'río', 'quebrada', 'peces muertos', 'descarga', 'químicos', 'espuma'],
        en: ['pollution', 'river', 'stream', 'dead fish', 'discharge', 'chemicals', 'foam'],
      },
      questions: [
        {
          code: 'evidencia',
          datatype: 'multivaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            color: ['Cambio de color', 'Change of colour'],
            olor: ['Mal olor', 'Bad smell'],
            peces: ['Peces muertos', 'Dead fish'],
            espuma: ['Espuma', 'Foam'],
            basura: ['Basura', 'Rubbish'],
            descarga: ['Una tubería que descarga', 'A pipe discharging into it'],
          },
        },
        {
          code: 'fuente',
          datatype: 'string',
          label: ['Posible origen de la contaminación', 'Possible source of the pollution'],
        },
      ],
    },
    {
      slug: 'quema',
      name: ['Quema de basura o de herbazal', 'Burning of rubbish or vegetation'],
      description: [
        'Reporte quemas de basura, llantas o herbazales que generan humo.',
        'Report rubbish, tyres or vegetation being burned and giving off smoke.',
      ],
      category: ['Ambiente', 'Environment'],
      kind: 'incident',
      sla: hours(24),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['quema', 'humo', 'fuego', 'quemando basura', 'incendio de herbazal', 'llantas'],
        en: [
          'burning',
          'smoke',
          'fire',
          'burning rubbish',
          'burning garbage',
          'grass fire',
          'tyres',
        ],
      },
      questions: [
        info('aviso_bomberos', [
          'Si el fuego está fuera de control, llame a los Bomberos al 103.',
          'If the fire is out of control, call the Fire Service on 103.',
        ]),
        {
          code: 'material',
          datatype: 'singlevaluelist',
          label: ['¿Qué se quema?', 'What is burning?'],
          required: true,
          values: {
            basura: ['Basura', 'Rubbish'],
            herbazal: ['Herbazal', 'Grass or scrub'],
            llantas: ['Llantas', 'Tyres'],
            otro: ['Otro', 'Other'],
          },
        },
        {
          code: 'frecuencia',
          datatype: 'singlevaluelist',
          label: ['¿Con qué frecuencia?', 'How often?'],
          values: {
            ahora: ['Está ocurriendo ahora', 'It is happening now'],
            recurrente: ['Ocurre a menudo', 'It happens often'],
          },
        },
      ],
    },
  ],
  consumer: [
    {
      slug: 'queja-comercio',
      name: ['Queja contra un comercio', 'Complaint about a business'],
      description: [
        'Reclame garantías, devoluciones, cobros indebidos o publicidad engañosa.',
        'Complain about warranties, refunds, wrongful charges or misleading advertising.',
      ],
      category: ['Protección al consumidor', 'Consumer protection'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'none',
      attachments: photos(5),
      keywords: {
        es: [
          'comercio',
          'tienda',
          'garantía',
          'devolución',
          'factura',
          'producto defectuoso',
          'estafa',
          'cobro indebido',
        ],
        en: [
          'shop',
          'store',
          'warranty',
          'refund',
          'return',
          'receipt',
          'faulty product',
          'scam',
          'overcharged',
        ],
      },
      questions: [
        {
          code: 'comercio',
          datatype: 'string',
          label: ['Nombre del comercio', 'Name of the business'],
          required: true,
        },
        {
          code: 'motivo',
          datatype: 'singlevaluelist',
          label: ['Motivo', 'Reason'],
          required: true,
          values: {
            garantia: ['No respetan la garantía', 'They will not honour the warranty'],
            cobro: ['Cobro indebido', 'Wrongful charge'],
            publicidad: ['Publicidad engañosa', 'Misleading advertising'],
            devolucion: ['No aceptan la devolución', 'They will not accept a return'],
            servicio: ['Servicio no prestado', 'Service not provided'],
          },
        },
        {
          code: 'monto',
          datatype: 'number',
          label: ['Monto reclamado (B/.)', 'Amount claimed (B/.)'],
        },
        {
          code: 'fecha_compra',
          datatype: 'datetime',
          label: ['Fecha de la compra', 'Date of purchase'],
        },
      ],
    },
    {
      slug: 'precios',
      name: [
        'Precios no exhibidos o por encima del tope',
        'Prices not displayed or above the legal cap',
      ],
      description: [
        'Denuncie productos sin precio visible o productos con precio controlado cobrados por encima del tope.',
        'Report goods with no price on show, or price-controlled goods sold above the cap.',
      ],
      category: ['Protección al consumidor', 'Consumer protection'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'optional',
      attachments: photos(5),
      keywords: {
        es: ['precio', 'canasta básica', 'precio tope', 'sin precio', 'aumentaron', 'especulación'],
        en: [
          'price',
          'prices',
          'price cap',
          'controlled price',
          'no price',
          'price rise',
          'price gouging',
        ],
      },
      questions: [
        {
          code: 'comercio',
          datatype: 'string',
          label: ['Nombre del comercio', 'Name of the business'],
          required: true,
        },
        { code: 'producto', datatype: 'string', label: ['Producto', 'Product'], required: true },
        {
          code: 'precio',
          datatype: 'number',
          label: ['Precio cobrado (B/.)', 'Price charged (B/.)'],
        },
      ],
    },
  ],
  social: [
    {
      slug: 'apoyo-social',
      name: ['Solicitud de apoyo social', 'Request for social support'],
      description: [
        'Solicite información o inclusión en un programa de protección social.',
        'Ask for information about, or a place on, a social protection programme.',
      ],
      category: ['Protección social', 'Social protection'],
      kind: 'request',
      sla: businessDays(15),
      location: 'optional',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'ayuda',
          'bono',
          '120 a los 65',
          'red de oportunidades',
          'ángel guardián',
          'subsidio',
          'apoyo',
        ],
        en: [
          'help',
          'benefit',
          'allowance',
          '120 a los 65',
          'red de oportunidades',
          'ángel guardián',
          'subsidy',
          'support',
        ],
      },
      questions: [
        {
          code: 'programa',
          datatype: 'singlevaluelist',
          label: ['Programa', 'Programme'],
          required: true,
          values: {
            adulto_mayor: ['120 a los 65', '120 a los 65 (old-age allowance)'],
            red: ['Red de Oportunidades', 'Red de Oportunidades (family cash transfers)'],
            angel: ['Ángel Guardián', 'Ángel Guardián (disability allowance)'],
            otro: ['Otro o no sé', "Other, or I don't know"],
          },
        },
        {
          code: 'integrantes',
          datatype: 'number',
          label: ['Personas que viven en el hogar', 'People living in the household'],
        },
        {
          code: 'situacion',
          datatype: 'multivaluelist',
          label: ['Situación del hogar', "Household's situation"],
          values: {
            desempleo: ['Desempleo', 'Unemployment'],
            discapacidad: ['Persona con discapacidad', 'A person with a disability'],
            adultos_mayores: ['Adultos mayores a cargo', 'Caring for older people'],
            ninos: ['Niños a cargo', 'Caring for children'],
          },
        },
      ],
    },
    {
      slug: 'situacion-calle',
      name: ['Persona en situación de calle', 'Person sleeping rough'],
      description: [
        'Informe de una persona que vive en la calle y puede necesitar ayuda.',
        'Tell us about someone living on the street who may need help.',
      ],
      category: ['Protección social', 'Social protection'],
      kind: 'incident',
      sla: hours(72),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'situación de calle',
          'indigente',
          'duerme en la calle',
          'persona abandonada',
          'adulto mayor solo',
        ],
        en: [
          'homeless',
          'sleeping rough',
          'living on the street',
          'abandoned person',
          'older person alone',
        ],
      },
      questions: [
        info('aviso_911', [
          'Si la persona necesita atención médica urgente, llame al 911.',
          'If the person needs urgent medical care, call 911.',
        ]),
        {
          code: 'persona',
          datatype: 'singlevaluelist',
          label: ['¿Quién es?', 'Who is it?'],
          required: true,
          values: {
            adulto: ['Un adulto', 'An adult'],
            adulto_mayor: ['Un adulto mayor', 'An older person'],
            menor: ['Un menor de edad', 'A child or teenager'],
          },
        },
        {
          code: 'condicion',
          datatype: 'multivaluelist',
          label: ['¿Cómo se encuentra?', 'What state are they in?'],
          values: {
            herida: ['Herida', 'Injured'],
            enferma: ['Enferma', 'Ill'],
            desorientada: ['Desorientada', 'Confused'],
          },
        },
      ],
    },
  ],
  children: [
    {
      slug: 'maltrato-infantil',
      name: ['Maltrato o abandono infantil', 'Child abuse or neglect'],
      description: [
        'Denuncie situaciones de maltrato, abandono, negligencia o trabajo infantil.',
        'Report child abuse, abandonment, neglect or child labour.',
      ],
      category: ['Niñez y adolescencia', 'Children and young people'],
      kind: 'complaint',
      sla: hours(24),
      location: 'optional',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'maltrato',
          'niño',
          'niña',
          'abuso',
          'abandono',
          'menor',
          'trabajo infantil',
          'negligencia',
        ],
        en: [
          'child abuse',
          'child',
          'children',
          'abuse',
          'neglect',
          'abandoned child',
          'minor',
          'child labour',
          'child labor',
        ],
      },
      questions: [
        info('aviso_peligro', [
          'Si el niño está en peligro ahora, llame al 104 o al 911.',
          'If the child is in danger now, call 104 or 911.',
        ]),
        {
          code: 'situacion',
          datatype: 'multivaluelist',
          label: ['¿Qué ocurre?', 'What is happening?'],
          required: true,
          values: {
            maltrato: ['Maltrato físico o verbal', 'Physical or verbal abuse'],
            negligencia: ['Negligencia', 'Neglect'],
            abandono: ['Abandono', 'Abandonment'],
            trabajo: ['Trabajo infantil', 'Child labour'],
          },
        },
        {
          code: 'menores',
          datatype: 'number',
          label: ['Cantidad de menores afectados', 'Number of children affected'],
        },
      ],
    },
  ],
  disability: [
    {
      slug: 'accesibilidad',
      name: ['Barrera de accesibilidad', 'Accessibility barrier'],
      description: [
        'Reporte rampas, aceras, estacionamientos o edificios no accesibles.',
        'Report ramps, pavements, parking or buildings that are not accessible.',
      ],
      category: ['Discapacidad', 'Disability'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'rampa',
          'accesibilidad',
          'silla de ruedas',
          'discapacidad',
          'estacionamiento reservado',
          'barrera',
        ],
        en: [
          'ramp',
          'accessibility',
          'wheelchair',
          'disability',
          'disabled parking',
          'barrier',
          'step-free',
        ],
      },
      questions: [
        {
          code: 'barrera',
          datatype: 'singlevaluelist',
          label: ['Tipo de barrera', 'Type of barrier'],
          required: true,
          values: {
            rampa: ['Falta una rampa o está obstruida', 'A ramp is missing or blocked'],
            acera: ['Acera no transitable', 'Pavement that cannot be used'],
            estacionamiento: ['Estacionamiento reservado ocupado', 'Reserved parking space taken'],
            edificio: ['Edificio sin acceso', 'Building without step-free access'],
          },
        },
        {
          code: 'lugar',
          datatype: 'string',
          label: ['Nombre del lugar o edificio', 'Name of the place or building'],
        },
      ],
    },
  ],
  electricity: [
    {
      slug: 'apagon',
      name: ['Interrupción del servicio eléctrico', 'Power cut'],
      description: [
        'Reporte que no tiene electricidad en su vivienda o sector.',
        'Report that there is no electricity in your home or area.',
      ],
      category: ['Electricidad', 'Electricity'],
      kind: 'incident',
      sla: hours(4),
      location: 'required',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['apagón', 'sin luz', 'se fue la luz', 'corte de luz', 'electricidad', 'bajones'],
        en: [
          'power cut',
          'power outage',
          'blackout',
          'no electricity',
          'no power',
          'electricity',
          'voltage drops',
        ],
      },
      questions: [
        {
          code: 'desde',
          datatype: 'datetime',
          label: [
            '¿Desde cuándo no tiene electricidad?',
            'Since when have you had no electricity?',
          ],
          required: true,
        },
        {
          code: 'alcance',
          datatype: 'singlevaluelist',
          label: ['¿A quiénes afecta?', 'Who is affected?'],
          values: {
            vivienda: ['Solo a mi vivienda', 'Only my home'],
            calle: ['A mi calle', 'My street'],
            sector: ['A todo el sector', 'The whole area'],
          },
        },
        {
          code: 'nis',
          datatype: 'string',
          label: ['Número de cliente (NIS)', 'Customer number (NIS)'],
        },
      ],
    },
    {
      slug: 'cable-caido',
      name: ['Cable eléctrico caído', 'Fallen power line'],
      description: [
        'Reporte cables eléctricos caídos, colgando o haciendo chispas.',
        'Report power lines that have fallen, are hanging low or are sparking.',
      ],
      category: ['Electricidad', 'Electricity'],
      kind: 'incident',
      sla: hours(4),
      location: 'required',
      attachments: photos(3),
      keywords: {
        es: ['cable', 'cable caído', 'chispas', 'tendido eléctrico', 'transformador', 'poste'],
        en: ['power line', 'fallen cable', 'downed wire', 'sparks', 'cable', 'transformer', 'pole'],
      },
      questions: [
        info('aviso_distancia', [
          'Manténgase a más de diez metros del cable y no lo toque con ningún objeto.',
          'Stay more than ten metres away from the line and do not touch it with anything.',
        ]),
        {
          code: 'riesgo',
          datatype: 'singlevaluelist',
          label: ['¿Dónde está el cable?', 'Where is the line?'],
          required: true,
          values: {
            chispas: ['Está haciendo chispas', 'It is sparking'],
            calle: ['Sobre la calle', 'Across the street'],
            vivienda: ['Sobre una vivienda', 'On a home'],
            colgando: ['Colgando bajo', 'Hanging low'],
          },
        },
      ],
    },
    {
      slug: 'factura-luz',
      name: ['Reclamo por factura de electricidad', 'Electricity bill dispute'],
      description: [
        'Reclame un cobro de electricidad que la distribuidora no resolvió.',
        'Dispute an electricity charge the distribution company did not resolve.',
      ],
      category: ['Electricidad', 'Electricity'],
      kind: 'complaint',
      sla: businessDays(30),
      location: 'none',
      attachments: photos(3),
      keywords: {
        es: ['factura de luz', 'cobro de luz', 'consumo alto', 'medidor', 'recibo de luz'],
        en: ['electricity bill', 'power bill', 'electricity charge', 'high usage', 'meter', 'bill'],
      },
      questions: [
        {
          code: 'nis',
          datatype: 'string',
          label: ['Número de cliente (NIS)', 'Customer number (NIS)'],
          required: true,
        },
        {
          code: 'distribuidora',
          datatype: 'singlevaluelist',
          label: ['Distribuidora', 'Distribution company'],
          required: true,
          values: {
            ensa: ['ENSA', 'ENSA'],
            edemet: ['Naturgy (EDEMET)', 'Naturgy (EDEMET)'],
            edechi: ['Naturgy (EDECHI)', 'Naturgy (EDECHI)'],
          },
        },
        {
          code: 'monto',
          datatype: 'number',
          label: ['Monto facturado (B/.)', 'Amount billed (B/.)'],
        },
      ],
    },
  ],
  telecom: [
    {
      slug: 'telecom',
      name: ['Reclamo a operador de telecomunicaciones', 'Complaint about a telecoms provider'],
      description: [
        'Reclame fallas o cobros de telefonía, internet o televisión pagada no resueltos por el operador.',
        'Complain about phone, internet or pay-TV faults or charges the provider did not resolve.',
      ],
      category: ['Telecomunicaciones', 'Telecommunications'],
      kind: 'complaint',
      sla: businessDays(30),
      location: 'none',
      attachments: photos(3),
      keywords: {
        es: [
          'internet',
          'celular',
          'señal',
          'cable',
          'telefonía',
          'operador',
          'sin servicio',
          'cobro',
        ],
        en: [
          'internet',
          'mobile',
          'cell phone',
          'signal',
          'cable tv',
          'phone line',
          'provider',
          'no service',
          'charge',
        ],
      },
      questions: [
        {
          code: 'servicio',
          datatype: 'singlevaluelist',
          label: ['Servicio', 'Service'],
          required: true,
          values: {
            movil: ['Telefonía móvil', 'Mobile phone'],
            internet: ['Internet', 'Internet'],
            television: ['Televisión pagada', 'Pay TV'],
            fija: ['Telefonía fija', 'Landline'],
          },
        },
        { code: 'operador', datatype: 'string', label: ['Operador', 'Provider'], required: true },
        {
          code: 'reclamo_previo',
          datatype: 'string',
          label: [
            'Número del reclamo presentado al operador',
            'Reference number of your complaint to the provider',
          ],
          required: true,
          description: [
            'La ASEP atiende el caso cuando el operador no lo resolvió.',
            'ASEP, the regulator, takes the case when the provider has not resolved it.',
          ],
        },
      ],
    },
  ],
  tax: [
    {
      slug: 'paz-y-salvo',
      name: ['Consulta de paz y salvo o impuestos', 'Tax clearance or tax questions'],
      description: [
        'Consulte cómo obtener un paz y salvo, el estado de su RUC o una deuda tributaria.',
        'Ask how to get a tax clearance certificate (paz y salvo), or about your RUC or a tax debt.',
      ],
      category: ['Impuestos', 'Taxes'],
      kind: 'information',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['paz y salvo', 'impuesto', 'ruc', 'declaración', 'multa', 'deuda', 'tributario'],
        en: [
          'tax clearance',
          'paz y salvo',
          'tax',
          'taxes',
          'ruc',
          'tax return',
          'fine',
          'tax debt',
        ],
      },
      questions: [
        {
          code: 'tramite',
          datatype: 'singlevaluelist',
          label: ['Consulta', 'Question'],
          required: true,
          values: {
            paz_salvo: ['Paz y salvo', 'Tax clearance certificate (paz y salvo)'],
            ruc: ['RUC', 'RUC (taxpayer number)'],
            declaracion: ['Declaración de renta', 'Income tax return'],
            deuda: ['Deuda o multa', 'Debt or fine'],
          },
        },
        {
          code: 'ruc',
          datatype: 'string',
          label: ['RUC o cédula del contribuyente', "Taxpayer's RUC or cédula number"],
        },
      ],
    },
  ],
  housing: [
    {
      slug: 'vivienda',
      name: ['Información sobre programas de vivienda', 'Housing programmes'],
      description: [
        'Pregunte por el Bono Solidario de Vivienda, Techos de Esperanza y titulación.',
        'Ask about the Bono Solidario de Vivienda housing grant, Techos de Esperanza and land titling.',
      ],
      category: ['Vivienda', 'Housing'],
      kind: 'information',
      sla: businessDays(10),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'vivienda',
          'casa',
          'bono solidario',
          'techos de esperanza',
          'subsidio',
          'título de propiedad',
        ],
        en: [
          'housing',
          'house',
          'home',
          'housing grant',
          'bono solidario',
          'techos de esperanza',
          'subsidy',
          'title deed',
        ],
      },
      questions: [
        {
          code: 'programa',
          datatype: 'singlevaluelist',
          label: ['Programa', 'Programme'],
          required: true,
          values: {
            bono: ['Bono Solidario de Vivienda', 'Bono Solidario de Vivienda (housing grant)'],
            techos: ['Techos de Esperanza', 'Techos de Esperanza (housing programme)'],
            titulacion: ['Titulación', 'Land titling'],
            otro: ['Otro', 'Other'],
          },
        },
        {
          code: 'ingreso',
          datatype: 'number',
          label: ['Ingreso familiar mensual (B/.)', 'Monthly household income (B/.)'],
        },
      ],
    },
    {
      slug: 'proyecto-vivienda',
      name: ['Queja sobre un proyecto de vivienda', 'Complaint about a housing project'],
      description: [
        'Reporte defectos, retrasos o falta de servicios en un proyecto de vivienda.',
        'Report defects, delays or missing utilities in a housing project.',
      ],
      category: ['Vivienda', 'Housing'],
      kind: 'complaint',
      sla: businessDays(20),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: [
          'proyecto',
          'residencial',
          'filtraciones',
          'grietas',
          'promotora',
          'entrega',
          'casa nueva',
        ],
        en: [
          'housing project',
          'housing development',
          'leaks',
          'cracks',
          'developer',
          'handover',
          'new house',
        ],
      },
      questions: [
        {
          code: 'proyecto',
          datatype: 'string',
          label: ['Nombre del proyecto', 'Name of the project'],
          required: true,
        },
        {
          code: 'problema',
          datatype: 'multivaluelist',
          label: ['Problemas', 'Problems'],
          required: true,
          values: {
            grietas: ['Grietas', 'Cracks'],
            filtraciones: ['Filtraciones', 'Leaks'],
            servicios: ['Falta de agua o electricidad', 'No water or electricity'],
            retraso: ['Retraso en la entrega', 'Late handover'],
            titulo: ['Título de propiedad', 'Title deed'],
          },
        },
      ],
    },
  ],
  agriculture: [
    {
      slug: 'plaga',
      name: ['Plaga o enfermedad en cultivos o animales', 'Pest or disease in crops or animals'],
      description: [
        'Reporte plagas o enfermedades que afectan cultivos, ganado o aves.',
        'Report pests or diseases affecting crops, cattle or poultry.',
      ],
      category: ['Agropecuario', 'Farming'],
      kind: 'incident',
      sla: businessDays(5),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['plaga', 'cultivo', 'ganado', 'enfermedad', 'gusano', 'gusano barrenador', 'cosecha'],
        en: ['pest', 'crops', 'cattle', 'livestock', 'disease', 'worm', 'screwworm', 'harvest'],
      },
      questions: [
        {
          code: 'afecta',
          datatype: 'singlevaluelist',
          label: ['¿Qué afecta?', 'What does it affect?'],
          required: true,
          values: {
            cultivo: ['Cultivos', 'Crops'],
            ganado: ['Ganado', 'Cattle'],
            aves: ['Aves', 'Poultry'],
            cerdos: ['Cerdos', 'Pigs'],
          },
        },
        {
          code: 'especie',
          datatype: 'string',
          label: ['Cultivo o especie', 'Crop or species'],
          required: true,
        },
        {
          code: 'cantidad',
          datatype: 'number',
          label: ['Hectáreas o animales afectados', 'Hectares or animals affected'],
        },
      ],
    },
    {
      slug: 'asistencia-tecnica',
      name: [
        'Solicitud de asistencia técnica agropecuaria',
        'Request for farming technical assistance',
      ],
      description: [
        'Solicite la visita de un técnico para su finca o producción.',
        'Ask for a specialist to visit your farm or production.',
      ],
      category: ['Agropecuario', 'Farming'],
      kind: 'request',
      sla: businessDays(15),
      location: 'optional',
      attachments: NO_PHOTOS,
      keywords: {
        es: ['asistencia técnica', 'productor', 'siembra', 'semilla', 'finca', 'riego'],
        en: ['technical assistance', 'farmer', 'planting', 'seeds', 'farm', 'irrigation'],
      },
      questions: [
        {
          code: 'rubro',
          datatype: 'string',
          label: ['Rubro', 'Crop or line of production'],
          required: true,
        },
        { code: 'hectareas', datatype: 'number', label: ['Hectáreas', 'Hectares'] },
        {
          code: 'tema',
          datatype: 'multivaluelist',
          label: ['Temas', 'Topics'],
          values: {
            suelos: ['Suelos', 'Soil'],
            riego: ['Riego', 'Irrigation'],
            semillas: ['Semillas', 'Seeds'],
            sanidad: ['Sanidad', 'Plant and animal health'],
            credito: ['Crédito', 'Credit'],
          },
        },
      ],
    },
  ],
  labor: [
    {
      slug: 'denuncia-laboral',
      name: ['Denuncia laboral', 'Workplace complaint'],
      description: [
        'Denuncie salarios, décimo tercer mes o vacaciones no pagados, o despidos injustificados.',
        'Report unpaid wages, thirteenth-month pay or holiday pay, or unfair dismissal.',
      ],
      category: ['Trabajo', 'Employment'],
      kind: 'complaint',
      sla: businessDays(10),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'salario',
          'despido',
          'décimo',
          'vacaciones',
          'horas extra',
          'patrono',
          'liquidación',
          'prestaciones',
        ],
        en: [
          'wages',
          'salary',
          'dismissal',
          'fired',
          'thirteenth month',
          'holiday pay',
          'overtime',
          'employer',
          'severance',
        ],
      },
      questions: [
        {
          code: 'empresa',
          datatype: 'string',
          label: ['Nombre de la empresa', 'Name of the company'],
          required: true,
        },
        {
          code: 'motivo',
          datatype: 'multivaluelist',
          label: ['Motivo', 'Reason'],
          required: true,
          values: {
            salario: ['Salario no pagado', 'Unpaid wages'],
            decimo: ['Décimo tercer mes', 'Thirteenth-month pay'],
            vacaciones: ['Vacaciones', 'Holiday pay'],
            despido: ['Despido injustificado', 'Unfair dismissal'],
            horas_extra: ['Horas extra', 'Overtime'],
            css: ['No me cotizan a la CSS', 'My employer does not pay my social security (CSS)'],
          },
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['Fecha de inicio del problema', 'When the problem started'],
        },
        {
          code: 'vigente',
          datatype: 'singlevaluelist',
          label: ['¿Sigue trabajando en la empresa?', 'Do you still work for the company?'],
          values: YES_NO_UNSURE,
        },
      ],
    },
  ],
  identity: [
    {
      slug: 'tramite',
      name: ['Estado de un trámite de documentos', 'Status of a document application'],
      description: [
        'Consulte el estado de una solicitud de cédula, pasaporte, certificado o residencia.',
        'Check the status of an application for a cédula (ID card), passport, certificate or residence permit.',
      ],
      category: ['Documentos y trámites', 'Documents and applications'],
      kind: 'information',
      sla: businessDays(5),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'trámite',
          'cédula',
          'pasaporte',
          'certificado',
          'documento',
          'residencia',
          'estado del trámite',
        ],
        en: [
          'application',
          'cédula',
          'ID card',
          'passport',
          'certificate',
          'document',
          'residence permit',
          'application status',
        ],
      },
      questions: [
        {
          code: 'numero_tramite',
          datatype: 'string',
          label: ['Número de trámite o de recibo', 'Application or receipt number'],
          required: true,
        },
        {
          code: 'fecha_solicitud',
          datatype: 'datetime',
          label: ['Fecha de la solicitud', 'Date of the application'],
        },
      ],
    },
  ],
  tourism: [
    {
      slug: 'queja-turistica',
      name: ['Queja turística', 'Tourism complaint'],
      description: [
        'Reclame un servicio turístico: hospedaje, tour, guía o transporte turístico.',
        'Complain about a tourism service: accommodation, a tour, a guide or tourist transport.',
      ],
      category: ['Turismo', 'Tourism'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'optional',
      attachments: photos(5),
      keywords: {
        es: ['hotel', 'turista', 'tour', 'guía', 'hospedaje', 'agencia de viajes', 'playa'],
        en: ['hotel', 'tourist', 'tour', 'guide', 'accommodation', 'travel agency', 'beach'],
      },
      questions: [
        {
          code: 'servicio',
          datatype: 'singlevaluelist',
          label: ['Servicio', 'Service'],
          required: true,
          values: {
            hospedaje: ['Hospedaje', 'Accommodation'],
            tour: ['Tour o guía', 'Tour or guide'],
            transporte: ['Transporte turístico', 'Tourist transport'],
            restaurante: ['Restaurante', 'Restaurant'],
          },
        },
        {
          code: 'establecimiento',
          datatype: 'string',
          label: ['Nombre del establecimiento', 'Name of the business'],
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['Fecha del servicio', 'Date of the service'],
        },
      ],
    },
  ],
  maritime: [
    {
      slug: 'contaminacion-marina',
      name: ['Contaminación en playa o mar', 'Beach or sea pollution'],
      description: [
        'Reporte derrames, basura o aguas servidas en playas, manglares o el mar.',
        'Report spills, rubbish or sewage on beaches, in mangroves or at sea.',
      ],
      category: ['Marítimo', 'Maritime'],
      kind: 'incident',
      sla: hours(48),
      location: 'required',
      attachments: photos(5),
      keywords: {
        es: ['playa', 'mar', 'derrame', 'aceite', 'hidrocarburo', 'basura en la playa', 'manglar'],
        en: ['beach', 'sea', 'spill', 'oil', 'oil spill', 'rubbish on the beach', 'mangrove'],
      },
      questions: [
        {
          code: 'evidencia',
          datatype: 'multivaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            hidrocarburo: ['Aceite o combustible', 'Oil or fuel'],
            basura: ['Basura', 'Rubbish'],
            animales: ['Animales muertos', 'Dead animals'],
            aguas_servidas: ['Aguas servidas', 'Sewage'],
          },
        },
        {
          code: 'extension',
          datatype: 'singlevaluelist',
          label: ['Extensión', 'How far it spreads'],
          values: {
            puntual: ['Un punto', 'One spot'],
            cien_metros: ['Unos cien metros', 'About a hundred metres'],
            extensa: ['Toda la playa', 'The whole beach'],
          },
        },
      ],
    },
    {
      slug: 'pesca-ilegal',
      name: ['Pesca ilegal o en veda', 'Illegal or closed-season fishing'],
      description: [
        'Denuncie pesca en veda, en zonas protegidas o con artes de pesca prohibidas.',
        'Report fishing in the closed season, in protected areas or with banned fishing gear.',
      ],
      category: ['Marítimo', 'Maritime'],
      kind: 'complaint',
      sla: businessDays(5),
      location: 'optional',
      attachments: photos(5),
      keywords: {
        es: ['pesca', 'veda', 'langosta', 'chinchorro', 'pesca ilegal', 'tortugas', 'arrecife'],
        en: [
          'fishing',
          'closed season',
          'lobster',
          'fishing net',
          'illegal fishing',
          'turtles',
          'reef',
        ],
      },
      questions: [
        {
          code: 'tipo',
          datatype: 'singlevaluelist',
          label: ['¿Qué observa?', 'What do you see?'],
          required: true,
          values: {
            veda: ['Pesca en veda', 'Fishing in the closed season'],
            arte: ['Arte de pesca prohibido', 'Banned fishing gear'],
            zona: ['Pesca en zona protegida', 'Fishing in a protected area'],
            especie: ['Captura de especie protegida', 'Catching a protected species'],
          },
        },
        {
          code: 'embarcacion',
          datatype: 'string',
          label: ['Nombre o matrícula de la embarcación', "Boat's name or registration"],
        },
      ],
    },
  ],
  transparency: [
    {
      slug: 'acceso-informacion',
      name: [
        'Solicitud de acceso a información pública',
        'Request for access to public information',
      ],
      description: [
        'Pida documentos o datos en poder de una institución, según la Ley 6 de 2002.',
        'Ask for documents or data held by a public body, under Law 6 of 2002.',
      ],
      category: ['Transparencia', 'Transparency'],
      kind: 'request',
      // The law counts 30 calendar days, not business days.
      sla: hours(30 * 24),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'acceso a la información',
          'ley 6',
          'transparencia',
          'documentos',
          'datos públicos',
          'solicitud',
        ],
        en: [
          'access to information',
          'freedom of information',
          'law 6',
          'transparency',
          'documents',
          'public data',
          'request',
        ],
      },
      questions: [
        info('aviso_plazo', [
          'La institución debe responder en un plazo máximo de 30 días calendario.',
          'The public body must answer within 30 calendar days at most.',
        ]),
        {
          code: 'informacion',
          datatype: 'text',
          label: [
            'Describa la información que solicita',
            'Describe the information you are asking for',
          ],
          required: true,
        },
        {
          code: 'formato',
          datatype: 'singlevaluelist',
          label: ['¿Cómo desea recibirla?', 'How would you like to receive it?'],
          values: {
            digital: ['Copia digital', 'Digital copy'],
            papel: ['Copia impresa', 'Printed copy'],
            consulta: ['Consulta en la institución', 'Inspection at the public body'],
          },
        },
      ],
    },
    {
      slug: 'corrupcion',
      name: ['Denuncia de corrupción', 'Corruption report'],
      description: [
        'Denuncie sobornos, uso indebido de bienes públicos, nepotismo o irregularidades en contrataciones.',
        'Report bribery, misuse of public property, nepotism or irregularities in public procurement.',
      ],
      category: ['Transparencia', 'Transparency'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'optional',
      attachments: photos(5),
      keywords: {
        es: ['corrupción', 'coima', 'soborno', 'peculado', 'nepotismo', 'botella', 'funcionario'],
        en: [
          'corruption',
          'bribe',
          'bribery',
          'embezzlement',
          'nepotism',
          'ghost employee',
          'official',
        ],
      },
      questions: [
        {
          code: 'institucion',
          datatype: 'string',
          label: ['Institución', 'Public body'],
          required: true,
        },
        {
          code: 'tipo',
          datatype: 'multivaluelist',
          label: ['Tipo de irregularidad', 'Type of wrongdoing'],
          required: true,
          values: {
            soborno: ['Soborno o coima', 'Bribery'],
            bienes: ['Uso indebido de bienes públicos', 'Misuse of public property'],
            nepotismo: ['Nepotismo', 'Nepotism'],
            contratacion: ['Irregularidad en una contratación', 'Irregular public contract'],
            botella: [
              'Funcionario que cobra sin trabajar («botella»)',
              'Official paid without working (a "botella")',
            ],
          },
        },
        {
          code: 'detalle',
          datatype: 'text',
          label: [
            'Describa los hechos, fechas y personas involucradas',
            'Describe what happened, the dates and the people involved',
          ],
        },
      ],
    },
  ],
  rights: [
    {
      slug: 'queja-institucion',
      name: ['Queja contra una institución pública', 'Complaint about a public body'],
      description: [
        'Denuncie abuso de autoridad, discriminación o negligencia de un servidor público.',
        'Report abuse of authority, discrimination or negligence by a public servant.',
      ],
      category: ['Derechos humanos', 'Human rights'],
      kind: 'complaint',
      sla: businessDays(15),
      location: 'none',
      attachments: NO_PHOTOS,
      keywords: {
        es: [
          'derechos',
          'abuso de autoridad',
          'discriminación',
          'negligencia',
          'servidor público',
          'institución',
        ],
        en: [
          'rights',
          'human rights',
          'abuse of authority',
          'discrimination',
          'negligence',
          'public servant',
          'public body',
        ],
      },
      questions: [
        {
          code: 'institucion',
          datatype: 'string',
          label: ['Institución', 'Public body'],
          required: true,
        },
        {
          code: 'derecho',
          datatype: 'singlevaluelist',
          label: ['Derecho afectado', 'Right affected'],
          values: {
            salud: ['Salud', 'Health'],
            educacion: ['Educación', 'Education'],
            agua: ['Agua', 'Water'],
            igualdad: ['Igualdad y no discriminación', 'Equality and non-discrimination'],
            debido_proceso: ['Debido proceso', 'Due process'],
            otro: ['Otro', 'Other'],
          },
        },
        {
          code: 'fecha',
          datatype: 'datetime',
          label: ['Fecha de los hechos', 'Date of the events'],
        },
      ],
    },
  ],
};

/** Panama and San Miguelito offer their whole catalogue; the seed decides for the rest. */
const FULL_CATALOGUE = new Set(['mun-panama', 'mun-san-miguelito']);

/** Smaller municipalities do not all offer every municipal service. */
const offers = (entity: SeedEntity, random: Random): boolean =>
  entity.kind !== 'municipality' || FULL_CATALOGUE.has(entity.id) || random.chance(0.6);

/** Every template, each once: the general ones first. */
export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  ...GENERAL,
  ...Object.values(TEMPLATES).flat(),
];

const LANG_INDEX = { es: 0, en: 1 } as const satisfies Record<Lang, 0 | 1>;

const buildQuestion = (question: QuestionTemplate, index: number, lang: Lang): Question => ({
  code: question.code,
  datatype: question.datatype,
  label: question.label[LANG_INDEX[lang]],
  ...(question.description ? { description: question.description[LANG_INDEX[lang]] } : {}),
  variable: question.variable ?? true,
  required: question.required ?? false,
  order: index + 1,
  ...(question.values
    ? {
        values: Object.entries(question.values).map(([key, name]) => ({
          key,
          name: name[LANG_INDEX[lang]],
        })),
      }
    : {}),
});

const buildService = (entity: SeedEntity, template: ServiceTemplate, lang: Lang): Service => ({
  id: `svc-${entity.id}-${template.slug}`,
  entityId: entity.id,
  name: template.name[LANG_INDEX[lang]],
  description: template.description[LANG_INDEX[lang]],
  category: template.category[LANG_INDEX[lang]],
  kind: template.kind,
  sla: { ...template.sla },
  location: template.location,
  attachments: { ...template.attachments, types: [...template.attachments.types] },
  questions: template.questions.map((question, index) => buildQuestion(question, index, lang)),
  keywords: [...template.keywords[lang]],
});

/**
 * Every entity's services: its focus templates, then a general complaint and an information
 * request. The same services in each language, in the same order: only the text differs.
 */
export function generateServices(
  entities: readonly SeedEntity[],
  random: Random,
): Record<Lang, Service[]> {
  const offered = entities.flatMap((entity) => {
    const focused = entity.focus
      .flatMap((focus) => TEMPLATES[focus])
      .filter(() => offers(entity, random));
    return [...focused, ...GENERAL].map((template) => ({ entity, template }));
  });
  const build = (lang: Lang) =>
    offered.map(({ entity, template }) => buildService(entity, template, lang));
  return { es: build('es'), en: build('en') };
}
