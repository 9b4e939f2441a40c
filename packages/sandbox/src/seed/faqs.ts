import type { Article, Faq, Service } from '@panama311/sdk/schemas';
import type { SeedEntity } from './entities.js';
import type { Random } from './random.js';
import { STORAGE_PER_DAY_CENTS, TOW_FEE_CENTS } from './tows.js';

export type Lang = 'es' | 'en';

type FaqText = { question: string; answer: string };
type ArticleText = { title: string; paragraphs: string[] };

/** A FAQ in Spanish and English: both are required, so an untranslated one does not compile. */
export type LocalizedFaq = {
  id: string;
  entityId: string;
  serviceId?: string;
  articleId?: string;
  es: FaqText;
  en: FaqText;
};

/** A knowledge-base article in Spanish and English, both required like a FAQ's. */
export type LocalizedArticle = {
  id: string;
  entityId: string;
  /** ISO 8601. */
  updatedAt: string;
  es: ArticleText;
  en: ArticleText;
};

// Balboas as Panama writes them (`B/. 80.00`), in both languages.
const BALBOAS = new Intl.NumberFormat('es-PA', { style: 'currency', currency: 'PAB' });
const balboas = (cents: number) => BALBOAS.format(cents / 100);

/** Hand-written answers, the ones citizens ask most. */
export const FAQS: readonly LocalizedFaq[] = [
  /* ---- IDAAN ---- */
  {
    id: 'faq-idaan-sin-agua',
    entityId: 'idaan',
    serviceId: 'svc-idaan-sin-agua',
    articleId: 'art-idaan-interrupciones',
    es: {
      question: '¿Qué hago si no tengo agua?',
      answer:
        'Primero revise si su sector aparece en los avisos de interrupciones programadas del IDAAN (idaan.gob.pa y sus redes sociales): si es así, no hace falta reportarlo y el servicio vuelve al terminar los trabajos. Pregunte a sus vecinos: si solo le falta a usted, revise la llave de paso y el medidor. Si no hay aviso y afecta a su calle, repórtelo aquí o llame al 311 indicando desde cuándo no tiene agua.',
    },
    en: {
      question: 'What should I do if I have no water?',
      answer:
        "First check whether your area is listed in IDAAN's scheduled interruption notices (idaan.gob.pa and its social media): if so, there is no need to report it, and water returns when the work ends. Ask your neighbours: if only your home is affected, check the stopcock and the meter. If there is no notice and your street is affected, report it here or call 311, saying since when you have had no water.",
    },
  },
  {
    id: 'faq-idaan-mantenimiento-chilibre',
    entityId: 'idaan',
    serviceId: 'svc-idaan-sin-agua',
    articleId: 'art-idaan-interrupciones',
    es: {
      question:
        'Interrupción programada: ¿por qué no hay agua este fin de semana en San Miguelito, Las Cumbres y Panamá Norte?',
      answer:
        'El IDAAN da mantenimiento a la potabilizadora Federico Guardia Conte, en Chilibre, desde el sábado a las 8:00 a. m. hasta el domingo a las 6:00 p. m. El suministro se restablece de forma gradual entre 12 y 24 horas después, y las zonas altas son las últimas en recibir agua. No es necesario presentar un reporte. Durante los trabajos, los carros cisterna atienden primero hospitales, centros de salud y escuelas.',
    },
    en: {
      question:
        'Scheduled interruption: why is there no water this weekend in San Miguelito, Las Cumbres and Panamá Norte?',
      answer:
        'IDAAN is servicing the Federico Guardia Conte water treatment plant in Chilibre from Saturday 8:00 a.m. to Sunday 6:00 p.m. Supply comes back gradually over the following 12 to 24 hours, and high-lying areas are the last to get water. There is no need to file a report. During the work, water tankers serve hospitals, health centres and schools first.',
    },
  },
  {
    id: 'faq-idaan-fuga-propiedad',
    entityId: 'idaan',
    serviceId: 'svc-idaan-fuga',
    es: {
      question: '¿Quién repara una fuga dentro de mi casa?',
      answer:
        'El IDAAN repara las fugas de la red pública: en la calle, en la acera y en la tubería hasta el medidor, incluido este. Del medidor hacia adentro, la instalación es del propietario y debe repararla un plomero. Para saber si la fuga es suya, cierre todas las llaves y mire el medidor: si sigue girando, la fuga está dentro de su propiedad.',
    },
    en: {
      question: 'Who repairs a leak inside my home?',
      answer:
        'IDAAN repairs leaks in the public network: in the street, on the pavement and in the pipe up to and including the meter. From the meter inwards the plumbing belongs to the owner and must be repaired by a plumber. To tell whether the leak is yours, turn off every tap and watch the meter: if it keeps turning, the leak is inside your property.',
    },
  },
  {
    id: 'faq-idaan-fuga-datos',
    entityId: 'idaan',
    serviceId: 'svc-idaan-fuga',
    es: {
      question: '¿Qué datos ayudan a reparar una fuga más rápido?',
      answer:
        'La ubicación exacta en el mapa, una foto en la que se vea la fuga y un punto de referencia (número de casa, comercio o poste). Si la fuga está en su medidor, incluya su número de cliente, que aparece en la factura.',
    },
    en: {
      question: 'What information helps fix a leak faster?',
      answer:
        'The exact spot on the map, a photo showing the leak and a landmark (house number, shop or utility pole). If the leak is at your meter, include your customer number, printed on your bill.',
    },
  },
  {
    id: 'faq-idaan-agua-turbia',
    entityId: 'idaan',
    serviceId: 'svc-idaan-agua-turbia',
    es: {
      question: '¿Es normal que el agua salga turbia después de un corte?',
      answer:
        'Sí, durante unos minutos: al volver la presión, el aire y los sedimentos de la tubería enturbian el agua. Deje correr una llave hasta que salga clara. Si después de una hora sigue turbia o con olor, no la beba sin hervirla y repórtelo.',
    },
    en: {
      question: 'Is it normal for water to come out cloudy after an outage?',
      answer:
        'Yes, for a few minutes: when pressure returns, air and sediment in the pipes make the water cloudy. Run a tap until it clears. If it is still cloudy or smells after an hour, do not drink it without boiling it, and report it.',
    },
  },
  {
    id: 'faq-idaan-factura',
    entityId: 'idaan',
    serviceId: 'svc-idaan-factura-agua',
    es: {
      question: '¿Cómo reclamo una factura de agua muy alta?',
      answer:
        'Descarte primero una fuga dentro de su propiedad (el medidor gira con todas las llaves cerradas). Luego presente el reclamo con su número de cliente: el IDAAN programará una lectura de verificación del medidor. Conserve la factura; la necesitará si el caso llega a la ASEP.',
    },
    en: {
      question: 'How do I dispute a very high water bill?',
      answer:
        'First rule out a leak inside your property (the meter turns with every tap closed). Then file the claim with your customer number: IDAAN will schedule a check reading of the meter. Keep the bill; you will need it if the case goes to ASEP, the regulator.',
    },
  },
  {
    id: 'faq-idaan-cisterna',
    entityId: 'idaan',
    serviceId: 'svc-idaan-sin-agua',
    es: {
      question: '¿Cómo pido un carro cisterna?',
      answer:
        'Los carros cisterna se asignan por prioridad: hospitales, centros de salud, escuelas y hogares con personas vulnerables. Al reportar la falta de agua, indique cuántas personas viven en la vivienda y si hay adultos mayores, niños pequeños o personas encamadas.',
    },
    en: {
      question: 'How do I ask for a water tanker?',
      answer:
        'Tankers are sent by priority: hospitals, health centres, schools and homes with vulnerable people. When you report the outage, say how many people live in the home and whether there are elderly people, small children or bedridden people.',
    },
  },

  /* ---- AAUD ---- */
  {
    id: 'faq-aaud-horario',
    entityId: 'aaud',
    serviceId: 'svc-aaud-basura',
    articleId: 'art-aaud-recoleccion',
    es: {
      question: '¿Cuál es el horario de recolección de mi sector?',
      answer:
        'La AAUD recoge por rutas, con días y turnos fijos para cada sector de los distritos de Panamá y San Miguelito. Consulte la ruta de su sector en aaud.gob.pa o llamando al 311. Saque la basura el día de recolección, lo más cerca posible de la hora de paso, en bolsas bien cerradas y sobre una tinaquera para que los animales no las rompan.',
    },
    en: {
      question: 'When is rubbish collected in my area?',
      answer:
        'AAUD collects by routes, with fixed days and shifts for each area of the Panamá and San Miguelito districts. Look up your route at aaud.gob.pa or call 311. Put your rubbish out on collection day, as close as possible to the pick-up time, in tightly closed bags on a raised bin stand so animals cannot tear them.',
    },
  },
  {
    id: 'faq-aaud-feriado',
    entityId: 'aaud',
    serviceId: 'svc-aaud-basura',
    es: {
      question: 'El camión no pasó en el feriado: ¿debo reportarlo?',
      answer:
        'No todavía. En los feriados nacionales las rutas se reprograman y la recolección se recupera en los dos días siguientes. Si el camión no ha pasado 48 horas después del feriado, repórtelo aquí indicando cuántos días lleva la basura.',
    },
    en: {
      question: 'The truck did not come on the public holiday: should I report it?',
      answer:
        'Not yet. On national holidays routes are rescheduled and collection catches up over the next two days. If the truck has not come 48 hours after the holiday, report it here, saying how many days the rubbish has been waiting.',
    },
  },
  {
    id: 'faq-aaud-cachivaches',
    entityId: 'aaud',
    serviceId: 'svc-aaud-cachivaches',
    es: {
      question: '¿La AAUD recoge colchones y muebles viejos?',
      answer:
        'Sí, pero no en la ruta regular. Solicite la recolección de cachivaches indicando qué objetos son y cuántos; la AAUD le confirmará el día. No los saque a la acera antes de esa fecha: obstruyen el paso y pueden ser sancionados.',
    },
    en: {
      question: 'Does AAUD collect old mattresses and furniture?',
      answer:
        'Yes, but not on the regular route. Request a bulky-waste pick-up saying what the items are and how many; AAUD will confirm the day. Do not put them on the pavement before then: they block the way and can be fined.',
    },
  },
  {
    id: 'faq-aaud-escombros',
    entityId: 'aaud',
    serviceId: 'svc-aaud-vertedero',
    es: {
      question: '¿Quién recoge los escombros de una remodelación?',
      answer:
        'Los escombros no son basura domiciliaria: el dueño de la obra debe contratar su retiro con un transportista autorizado. Para denunciar escombros o basura arrojados en la calle o en un lote, use «Vertedero improvisado» y adjunte fotos.',
    },
    en: {
      question: 'Who removes rubble from a renovation?',
      answer:
        'Rubble is not household waste: the owner of the works must hire an authorised carrier to remove it. To report rubble or rubbish dumped in the street or on a lot, use «Vertedero improvisado» (illegal dump) and attach photos.',
    },
  },

  /* ---- ATTT ---- */
  {
    id: 'faq-attt-remolcado',
    entityId: 'attt',
    articleId: 'art-attt-remolques',
    es: {
      question: '¿Cómo sé si mi vehículo fue remolcado?',
      answer:
        'Use la consulta de remolques de la ATTT con la placa y la cédula del propietario o el número de la boleta. Verá el estado del remolque, la grúa en camino y el corral donde queda el vehículo, con lo que se debe hasta hoy. Si no aparece y su vehículo no está donde lo dejó, denuncie el robo a la Policía Nacional (104).',
    },
    en: {
      question: 'How do I find out whether my vehicle was towed?',
      answer:
        "Use ATTT's tow lookup with the plate and the owner's cédula or the ticket number. You will see the tow's status, the truck on its way and the yard where the vehicle is kept, with what is owed so far. If it does not appear and your vehicle is not where you left it, report it stolen to the National Police (104).",
    },
  },
  {
    id: 'faq-attt-retiro',
    entityId: 'attt',
    articleId: 'art-attt-remolques',
    es: {
      question: '¿Qué necesito para retirar mi vehículo del corral?',
      answer:
        'La cédula o el pasaporte del propietario (si va otra persona, un poder notariado), el Registro Único Vehicular, el revisado y la póliza de seguro vigentes, la boleta pagada y el pago de la grúa y del almacenaje. El almacenaje se cobra por cada día o fracción en el corral, así que conviene retirarlo cuanto antes.',
    },
    en: {
      question: 'What do I need to get my vehicle out of the yard?',
      answer:
        "The owner's cédula or passport (anyone else needs a notarised power of attorney), the vehicle registration, a current inspection and insurance policy, the paid ticket, and payment for the tow and storage. Storage is charged for every day or part of a day at the yard, so collect it as soon as you can.",
    },
  },
  {
    id: 'faq-attt-tarifas',
    entityId: 'attt',
    articleId: 'art-attt-remolques',
    es: {
      question: '¿Cuánto cuesta el remolque?',
      answer: `La grúa cuesta ${balboas(TOW_FEE_CENTS)} para un automóvil y el almacenaje ${balboas(STORAGE_PER_DAY_CENTS)} por día o fracción en el corral. A eso se suma la multa de la boleta, que se paga aparte.`,
    },
    en: {
      question: 'How much does a tow cost?',
      answer: `The tow costs ${balboas(TOW_FEE_CENTS)} for a car and storage ${balboas(STORAGE_PER_DAY_CENTS)} per day or part of a day at the yard. The ticket's fine comes on top and is paid separately.`,
    },
  },
  {
    id: 'faq-attt-semaforo-apagado',
    entityId: 'attt',
    serviceId: 'svc-attt-semaforo',
    es: {
      question: '¿Qué hago si un semáforo está apagado?',
      answer:
        'Trate la intersección como un cruce con señal de pare en todas las direcciones: deténgase por completo y avance con precaución según el orden de llegada. Repórtelo indicando las calles que se cruzan; los semáforos se atienden en menos de 24 horas.',
    },
    en: {
      question: 'What should I do when a traffic light is out?',
      answer:
        'Treat the junction as an all-way stop: come to a full stop and go on carefully in order of arrival. Report it with the names of the crossing streets; traffic lights are attended to within 24 hours.',
    },
  },
  {
    id: 'faq-attt-semaforos-via-espana',
    entityId: 'attt',
    serviceId: 'svc-attt-semaforo',
    es: {
      question: 'Semáforos de la Vía España entre Vía Argentina y Vía Brasil en intermitente',
      answer:
        'La ATTT está sustituyendo los controladores de los semáforos de ese tramo de la Vía España. Mientras duran los trabajos, los semáforos funcionan en intermitente y hay agentes de tránsito dirigiendo el tráfico en horas pico. No es necesario reportarlos.',
    },
    en: {
      question: 'Traffic lights on Vía España between Vía Argentina and Vía Brasil flashing',
      answer:
        'ATTT is replacing the traffic-light controllers on that stretch of Vía España. While the work lasts, the lights flash amber and traffic officers direct traffic at rush hour. There is no need to report them.',
    },
  },
  {
    id: 'faq-attt-garaje',
    entityId: 'attt',
    serviceId: 'svc-attt-mal-estacionado',
    es: {
      question: '¿La ATTT remolca un vehículo que bloquea mi garaje?',
      answer:
        'Sí. Repórtelo con la placa y una foto. Un inspector verifica la infracción y, si corresponde, emite la boleta y ordena el remolque. Se atiende más rápido si indica el número de la casa o del local.',
    },
    en: {
      question: 'Will ATTT tow a vehicle blocking my driveway?',
      answer:
        'Yes. Report it with the plate and a photo. An inspector checks the offence and, where it applies, issues a ticket and orders the tow. It is handled faster if you give the house or shop number.',
    },
  },
  {
    id: 'faq-attt-licencia',
    entityId: 'attt',
    es: {
      question: '¿Qué necesito para renovar mi licencia de conducir?',
      answer:
        'Su cédula y la licencia que va a renovar; además, tendrá que pasar la evaluación de la vista. Antes de ir, verifique que no tenga multas de tránsito pendientes, porque impiden la renovación.',
    },
    en: {
      question: 'What do I need to renew my driving licence?',
      answer:
        'Your cédula and the licence you are renewing; you will also take an eyesight test. Before you go, check that you have no unpaid traffic fines, because they block the renewal.',
    },
  },

  /* ---- MOP ---- */
  {
    id: 'faq-mop-responsable',
    entityId: 'mop',
    serviceId: 'svc-mop-hueco',
    articleId: 'art-mop-calles',
    es: {
      question: '¿Quién repara los huecos de mi calle?',
      answer:
        'El MOP repara la mayoría de las calles y carreteras. Los corredores Norte y Sur los mantiene la ENA, y las calles de barriadas nuevas siguen a cargo de su promotora hasta que se entregan al Estado. Si no sabe a quién corresponde, repórtelo aquí: el 311 lo transfiere a la entidad correcta.',
    },
    en: {
      question: 'Who fixes the potholes on my street?',
      answer:
        'MOP repairs most streets and roads. The Corredor Norte and Corredor Sur motorways are maintained by ENA, and streets in new housing developments stay with the developer until they are handed over to the State. If you are unsure, report it here: 311 transfers it to the right entity.',
    },
  },
  {
    id: 'faq-mop-plazo',
    entityId: 'mop',
    serviceId: 'svc-mop-hueco',
    articleId: 'art-mop-calles',
    es: {
      question: '¿Cuánto tarda la reparación de un hueco?',
      answer:
        'El MOP evalúa el reporte y programa la reparación dentro de 10 días hábiles; los huecos grandes en vías principales tienen prioridad. En temporada lluviosa se hacen reparaciones temporales con asfalto en frío, que después se sustituyen por un parcheo definitivo.',
    },
    en: {
      question: 'How long does a pothole repair take?',
      answer:
        'MOP assesses the report and schedules the repair within 10 business days; large potholes on main roads come first. In the rainy season temporary cold-asphalt patches are laid and later replaced by a permanent repair.',
    },
  },
  {
    id: 'faq-mop-inundacion',
    entityId: 'mop',
    serviceId: 'svc-mop-cuneta-tapada',
    es: {
      question: '¿Qué hago si mi calle se inunda cada vez que llueve?',
      answer:
        'Reporte la cuneta o el tragante tapado con una foto y marque el punto en el mapa. No arroje basura ni hojas a las cunetas: es la causa más común de las inundaciones en la ciudad.',
    },
    en: {
      question: 'What can I do if my street floods every time it rains?',
      answer:
        'Report the blocked gutter or storm drain with a photo and mark the spot on the map. Do not throw rubbish or leaves into gutters: it is the most common cause of flooding in the city.',
    },
  },
  {
    id: 'faq-mop-dano-vehiculo',
    entityId: 'mop',
    es: {
      question: '¿Puedo reclamar si un hueco dañó mi vehículo?',
      answer:
        'Puede presentar un reclamo ante el MOP con fotos del hueco y del daño, el informe de tránsito y las facturas de la reparación. Cada caso se evalúa por separado.',
    },
    en: {
      question: 'Can I claim if a pothole damaged my vehicle?',
      answer:
        'You can file a claim with MOP with photos of the pothole and the damage, the traffic report and the repair invoices. Each case is assessed on its own.',
    },
  },

  /* ---- MINSA ---- */
  {
    id: 'faq-minsa-dengue-sintomas',
    entityId: 'minsa',
    articleId: 'art-minsa-dengue',
    es: {
      question: '¿Cuáles son los síntomas del dengue?',
      answer:
        'Fiebre alta repentina, dolor de cabeza y detrás de los ojos, dolor muscular y de las articulaciones, erupciones en la piel y cansancio. Si tiene síntomas, acuda a su centro de salud, no se automedique y evite la aspirina y el ibuprofeno. Vaya de inmediato a urgencias si tiene dolor abdominal intenso, vómitos persistentes o sangrado.',
    },
    en: {
      question: 'What are the symptoms of dengue?',
      answer:
        'Sudden high fever, headache and pain behind the eyes, muscle and joint pain, skin rash and tiredness. If you have symptoms, go to your health centre, do not self-medicate and avoid aspirin and ibuprofen. Go to the emergency room at once if you have severe abdominal pain, persistent vomiting or bleeding.',
    },
  },
  {
    id: 'faq-minsa-criaderos-casa',
    entityId: 'minsa',
    serviceId: 'svc-minsa-criaderos',
    articleId: 'art-minsa-dengue',
    es: {
      question: '¿Cómo elimino los criaderos de mosquitos en mi casa?',
      answer:
        'Una vez por semana: vacíe y cepille los recipientes que acumulan agua (floreros, bebederos de mascotas, platos de macetas), tape los tanques, guarde bajo techo o deseche llantas y envases, y limpie las canales del techo. El mosquito Aedes aegypti pone sus huevos en agua limpia estancada.',
    },
    en: {
      question: 'How do I get rid of mosquito breeding sites at home?',
      answer:
        'Once a week: empty and scrub anything that holds water (vases, pet bowls, plant saucers), cover water tanks, store tyres and containers under a roof or throw them away, and clean the roof gutters. The Aedes aegypti mosquito lays its eggs in clean standing water.',
    },
  },
  {
    id: 'faq-minsa-fumigacion',
    entityId: 'minsa',
    serviceId: 'svc-minsa-fumigacion',
    es: {
      question: '¿Cuándo fumiga el MINSA?',
      answer:
        'La nebulización se hace en los sectores con casos confirmados de dengue y donde la vigilancia encuentra muchos mosquitos. Por sí sola no basta: mata los mosquitos adultos, pero no los huevos ni las larvas. Lo más eficaz es eliminar los criaderos.',
    },
    en: {
      question: 'When does MINSA fumigate?',
      answer:
        'Fogging is done in areas with confirmed dengue cases and where surveillance finds many mosquitoes. On its own it is not enough: it kills adult mosquitoes but not eggs or larvae. Removing breeding sites works best.',
    },
  },
  {
    id: 'faq-minsa-denuncia-sanitaria',
    entityId: 'minsa',
    serviceId: 'svc-minsa-insalubridad',
    es: {
      question: '¿Qué pasa después de una denuncia sanitaria?',
      answer:
        'Un inspector de saneamiento ambiental visita el lugar y, si confirma el problema, da un plazo al responsable para corregirlo. Si no lo corrige, el MINSA puede sancionarlo.',
    },
    en: {
      question: 'What happens after a sanitation complaint?',
      answer:
        'An environmental health inspector visits the place and, if the problem is confirmed, gives the person responsible a deadline to fix it. If they do not, MINSA can fine them.',
    },
  },
  {
    id: 'faq-minsa-vacunas',
    entityId: 'minsa',
    es: {
      question: '¿Dónde puedo vacunarme?',
      answer:
        'Las vacunas del esquema nacional son gratuitas en los centros de salud del MINSA y en las policlínicas. Lleve su tarjeta de vacunación y la de sus hijos.',
    },
    en: {
      question: 'Where can I get vaccinated?',
      answer:
        "Vaccines on the national schedule are free at MINSA health centres and at polyclinics. Bring your vaccination card and your children's.",
    },
  },

  /* ---- CSS ---- */
  {
    id: 'faq-css-cita',
    entityId: 'css',
    serviceId: 'svc-css-cita',
    articleId: 'art-css-citas',
    es: {
      question: '¿Cómo pido una cita médica en la CSS?',
      answer:
        'Las citas de medicina general se piden en su policlínica o por el centro de llamadas de citas de la CSS. Para ver a un especialista necesita la referencia de su médico general. Tenga a mano su cédula, que es su número de asegurado.',
    },
    en: {
      question: 'How do I book a medical appointment at the CSS?',
      answer:
        'General practice appointments are booked at your polyclinic or through the CSS appointments call centre. To see a specialist you need a referral from your GP. Have your cédula ready: it is your insurance number.',
    },
  },
  {
    id: 'faq-css-medicamento',
    entityId: 'css',
    serviceId: 'svc-css-medicamentos',
    es: {
      question: '¿Qué hago si la farmacia no tiene mi medicamento?',
      answer:
        'Pida que lo registren como pendiente: la farmacia le dirá cuándo volver o en qué otra farmacia de la CSS está disponible. Si pasa ese plazo sin recibirlo, repórtelo aquí con el nombre del medicamento y la farmacia.',
    },
    en: {
      question: 'What if the pharmacy does not have my medicine?',
      answer:
        'Ask them to record it as pending: the pharmacy will tell you when to come back or which other CSS pharmacy has it. If that time passes without it, report it here with the name of the medicine and the pharmacy.',
    },
  },
  {
    id: 'faq-css-asegurado',
    entityId: 'css',
    es: {
      question: '¿Cómo sé si estoy asegurado?',
      answer:
        'Con su cédula puede verificarlo en el sitio web de la CSS o en cualquier agencia. Sus beneficiarios (cónyuge, hijos, padres) deben estar inscritos por usted como asegurado.',
    },
    en: {
      question: 'How do I know whether I am insured?',
      answer:
        'You can check with your cédula on the CSS website or at any branch. Your dependants (spouse, children, parents) must be registered by you as the insured person.',
    },
  },
  {
    id: 'faq-css-urgencias',
    entityId: 'css',
    serviceId: 'svc-css-atencion-medica',
    es: {
      question: '¿Cuándo debo ir a urgencias?',
      answer:
        'Si tiene dolor de pecho, dificultad para respirar, un sangrado abundante, una herida grave, pérdida del conocimiento, o si un bebé tiene fiebre muy alta. Para lo demás, su policlínica le atenderá mejor y antes. En una emergencia, llame al 911.',
    },
    en: {
      question: 'When should I go to the emergency room?',
      answer:
        'If you have chest pain, trouble breathing, heavy bleeding, a serious wound, loss of consciousness, or a baby has a very high fever. For anything else your polyclinic will see you better and sooner. In an emergency call 911.',
    },
  },

  /* ---- Municipio de Panamá ---- */
  {
    id: 'faq-mupa-luminaria',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-luminaria',
    articleId: 'art-mupa-alumbrado',
    es: {
      question: '¿Cuánto tarda la reparación de una luminaria?',
      answer:
        'Las luminarias se reparan en 5 días hábiles. Para que la cuadrilla encuentre la correcta, anote el número del poste (está en una placa o pintado) y marque el punto exacto en el mapa.',
    },
    en: {
      question: 'How long does a street-light repair take?',
      answer:
        'Street lights are repaired within 5 business days. So the crew finds the right one, note the pole number (on a plate or painted on) and mark the exact spot on the map.',
    },
  },
  {
    id: 'faq-mupa-luminarias-led',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-luminaria',
    articleId: 'art-mupa-alumbrado',
    es: {
      question: 'Luminarias apagadas en Bella Vista y San Francisco por cambio a LED',
      answer:
        'El Municipio está cambiando las luminarias de Bella Vista y San Francisco por luminarias LED, calle por calle y de noche. Algunos tramos pueden quedar apagados una o dos noches mientras se hace el cambio; no es necesario reportarlos.',
    },
    en: {
      question: 'Street lights off in Bella Vista and San Francisco for the switch to LED',
      answer:
        'The municipality is replacing the street lights of Bella Vista and San Francisco with LED lights, street by street and at night. Some stretches may stay dark for a night or two during the change; there is no need to report them.',
    },
  },
  {
    id: 'faq-mupa-ruido',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-ruido',
    es: {
      question: '¿A quién llamo si hay ruido de madrugada?',
      answer:
        'Si el ruido ocurre en ese momento, llame a la Policía Nacional al 104. Si se repite, preséntelo aquí: el juzgado de paz del corregimiento cita a los responsables.',
    },
    en: {
      question: 'Whom do I call about noise in the small hours?',
      answer:
        'If the noise is happening right now, call the National Police on 104. If it keeps happening, report it here: the local justice of the peace summons those responsible.',
    },
  },
  {
    id: 'faq-mupa-permiso-obra',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-construccion',
    es: {
      question: '¿Cómo sé si una obra tiene permiso?',
      answer:
        'Toda obra debe exhibir en un lugar visible un letrero con el número de su permiso de construcción. Si no lo tiene, o la obra no coincide con lo permitido, repórtelo con fotos y la dirección.',
    },
    en: {
      question: 'How can I tell whether building work has a permit?',
      answer:
        'Every site must display a sign with its building permit number where it can be seen. If there is none, or the work does not match what was permitted, report it with photos and the address.',
    },
  },
  {
    id: 'faq-mupa-lote-baldio',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-herbazal',
    es: {
      question: '¿Quién limpia un lote privado lleno de hierba?',
      answer:
        'El propietario está obligado a mantenerlo limpio. Repórtelo: el Municipio le notifica y, si no lo limpia, puede sancionarlo. Las áreas verdes públicas las mantiene el Municipio.',
    },
    en: {
      question: 'Who clears an overgrown private lot?',
      answer:
        'The owner must keep it clean. Report it: the municipality notifies them and can fine them if they do not clear it. Public green areas are maintained by the municipality.',
    },
  },
  {
    id: 'faq-mupa-maltrato-animal',
    entityId: 'mun-panama',
    serviceId: 'svc-mun-panama-maltrato-animal',
    es: {
      question: '¿Dónde denuncio el maltrato de un animal?',
      answer:
        'El maltrato animal es un delito en Panamá. Denúncielo aquí con fotos y la ubicación; si el animal está en peligro inmediato, llame a la Policía Nacional al 104.',
    },
    en: {
      question: 'Where do I report animal cruelty?',
      answer:
        'Animal cruelty is a crime in Panama. Report it here with photos and the location; if the animal is in immediate danger, call the National Police on 104.',
    },
  },

  /* ---- 311 ---- */
  {
    id: 'faq-311-que-es',
    entityId: 'cac-311',
    articleId: 'art-311-seguimiento',
    es: {
      question: '¿Qué es el 311?',
      answer:
        'Es el Centro de Atención Ciudadana: un solo canal para reportar problemas y pedir información a más de cien entidades públicas, por teléfono (311), en la web o en la aplicación. Cada caso se envía a la entidad responsable, que tiene un plazo para atenderlo.',
    },
    en: {
      question: 'What is 311?',
      answer:
        'It is the Citizen Service Centre: a single channel to report problems and ask for information from more than a hundred public entities, by phone (311), on the web or in the app. Each case goes to the entity in charge, which has a deadline to handle it.',
    },
  },
  {
    id: 'faq-311-seguimiento',
    entityId: 'cac-311',
    articleId: 'art-311-seguimiento',
    es: {
      question: '¿Cómo doy seguimiento a mi caso?',
      answer:
        'Con el número de caso (por ejemplo, 311-2026-000123) y el código de seguimiento que recibió al presentarlo. Guarde ambos: el código es la única forma de consultar el caso y nadie del 311 se lo pedirá por teléfono.',
    },
    en: {
      question: 'How do I follow my case?',
      answer:
        'With the case number (for example 311-2026-000123) and the tracking code you received when you filed it. Keep both: the code is the only way to look the case up, and no one from 311 will ask you for it by phone.',
    },
  },
  {
    id: 'faq-311-anonimo',
    entityId: 'cac-311',
    es: {
      question: '¿Puedo reportar de forma anónima?',
      answer:
        'Sí. Sin datos de contacto no recibirá avisos, pero podrá seguir el caso con su número y su código de seguimiento. Para algunas denuncias la entidad puede necesitar contactarle; en ese caso sus datos no se muestran a terceros.',
    },
    en: {
      question: 'Can I report anonymously?',
      answer:
        'Yes. Without contact details you will not get notifications, but you can follow the case with its number and tracking code. For some complaints the entity may need to contact you; your details are never shown to third parties.',
    },
  },

  /* ---- SINAPROC, Bomberos, Policía ---- */
  {
    id: 'faq-sinaproc-inundacion',
    entityId: 'sinaproc',
    serviceId: 'svc-sinaproc-inundacion',
    articleId: 'art-sinaproc-lluvias',
    es: {
      question: '¿Cómo me preparo si vivo en una zona que se inunda?',
      answer:
        'Tenga lista una mochila con documentos en una bolsa plástica, agua, linterna, radio de pilas, medicamentos y ropa. Conozca el albergue más cercano y la ruta para llegar. Si las autoridades piden evacuar, hágalo sin esperar y desconecte la electricidad.',
    },
    en: {
      question: 'How do I prepare if I live in a flood-prone area?',
      answer:
        'Keep a bag ready with documents in a plastic bag, water, a torch, a battery radio, medicines and clothes. Know the nearest shelter and how to get there. If the authorities call for evacuation, leave without waiting and switch off the electricity.',
    },
  },
  {
    id: 'faq-sinaproc-evaluacion',
    entityId: 'sinaproc',
    serviceId: 'svc-sinaproc-inspeccion',
    es: {
      question: '¿Cómo solicito una evaluación de riesgo de mi vivienda?',
      answer:
        'Solicítela aquí con fotos de las grietas, del talud o de lo que le preocupa. Un técnico visita la vivienda y entrega un informe con recomendaciones. Si la vivienda corre peligro inmediato, salga de ella y llame al 911.',
    },
    en: {
      question: 'How do I request a risk assessment of my home?',
      answer:
        'Request it here with photos of the cracks, the slope or whatever worries you. A technician visits the home and gives you a report with recommendations. If the home is in immediate danger, get out and call 911.',
    },
  },
  {
    id: 'faq-bomberos-numero',
    entityId: 'bomberos',
    es: {
      question: '¿A qué número llamo en caso de incendio?',
      answer:
        'Al 103 (Bomberos) o al 911. Salga primero del lugar y no vuelva a entrar por objetos personales.',
    },
    en: {
      question: 'What number do I call for a fire?',
      answer:
        'Call 103 (Fire Department) or 911. Get out first and do not go back in for belongings.',
    },
  },
  {
    id: 'faq-bomberos-inspeccion',
    entityId: 'bomberos',
    serviceId: 'svc-bomberos-inspeccion',
    es: {
      question: '¿Mi negocio necesita una inspección de los Bomberos?',
      answer:
        'Sí: los locales comerciales necesitan el visto bueno de seguridad de la Oficina de Seguridad del Cuerpo de Bomberos para operar. Solicite la inspección y tenga a mano los extintores vigentes y las salidas de emergencia señalizadas.',
    },
    en: {
      question: 'Does my business need a Fire Department inspection?',
      answer:
        "Yes: commercial premises need safety approval from the Fire Department's Safety Office to operate. Request the inspection and have in-date fire extinguishers and signposted emergency exits ready.",
    },
  },
  {
    id: 'faq-policia-numeros',
    entityId: 'policia',
    es: {
      question: '¿Cuál es la diferencia entre el 104 y el 911?',
      answer:
        'El 104 es la Policía Nacional, para delitos y situaciones de seguridad. El 911 es el Sistema Único de Manejo de Emergencias: ambulancias y coordinación de emergencias. El 103 son los Bomberos. Para problemas que no son urgentes, use el 311.',
    },
    en: {
      question: 'What is the difference between 104 and 911?',
      answer:
        '104 is the National Police, for crimes and security situations. 911 is the emergency management system: ambulances and emergency coordination. 103 is the Fire Department. For anything that is not urgent, use 311.',
    },
  },

  /* ---- Other entities ---- */
  {
    id: 'faq-acodeco-queja',
    entityId: 'acodeco',
    serviceId: 'svc-acodeco-queja-comercio',
    articleId: 'art-acodeco-reclamos',
    es: {
      question: '¿Qué necesito para presentar una queja contra un comercio?',
      answer:
        'La factura o el comprobante de compra, la garantía si la hay, y cualquier comunicación con el comercio. Intente primero resolverlo con el comercio; si no responde o no llegan a un acuerdo, la ACODECO cita a las partes a una conciliación.',
    },
    en: {
      question: 'What do I need to file a complaint against a business?',
      answer:
        'The invoice or proof of purchase, the guarantee if there is one, and any correspondence with the business. Try to settle it with the business first; if it does not reply or you cannot reach an agreement, ACODECO calls both parties to a conciliation hearing.',
    },
  },
  {
    id: 'faq-acodeco-precios',
    entityId: 'acodeco',
    serviceId: 'svc-acodeco-precios',
    es: {
      question: '¿Qué productos tienen precio controlado?',
      answer:
        'El Gobierno fija precios tope para una lista de productos de la canasta básica. La ACODECO publica la lista vigente y verifica que los comercios la cumplan; todo producto debe tener su precio visible.',
    },
    en: {
      question: 'Which products have controlled prices?',
      answer:
        'The Government sets maximum prices for a list of products in the basic food basket (canasta básica). ACODECO publishes the current list and checks that shops comply; every product must have its price on display.',
    },
  },
  {
    id: 'faq-asep-cuando',
    entityId: 'asep',
    es: {
      question: '¿Cuándo puedo reclamar ante la ASEP?',
      answer:
        'Cuando ya reclamó ante la empresa de electricidad, agua o telecomunicaciones y no le respondió en el plazo o no está de acuerdo con la respuesta. Tenga a mano el número del reclamo que le dio la empresa.',
    },
    en: {
      question: 'When can I take a complaint to ASEP?',
      answer:
        'When you have already complained to the electricity, water or telecoms company and it did not reply in time, or you disagree with its reply. Have the claim number the company gave you to hand.',
    },
  },
  {
    id: 'faq-asep-apagon',
    entityId: 'asep',
    serviceId: 'svc-asep-apagon',
    es: {
      question: '¿A quién reporto un apagón?',
      answer:
        'Primero a su distribuidora de electricidad (ENSA o Naturgy), cuyo número aparece en la factura. Si la interrupción se prolonga o se repite sin solución, repórtelo aquí para que la ASEP dé seguimiento.',
    },
    en: {
      question: 'Whom do I report a power cut to?',
      answer:
        'First to your electricity distributor (ENSA or Naturgy), whose number is on your bill. If the outage goes on or keeps happening without being fixed, report it here so that ASEP follows it up.',
    },
  },
  {
    id: 'faq-mitradel-decimo',
    entityId: 'mitradel',
    es: {
      question: '¿Cuándo se paga el décimo tercer mes?',
      answer:
        'En tres partidas: el 15 de abril, el 15 de agosto y el 15 de diciembre. Cada partida equivale a la doceava parte de lo que ganó en los cuatro meses anteriores.',
    },
    en: {
      question: 'When is the thirteenth-month pay (décimo tercer mes) paid?',
      answer:
        'In three instalments: on 15 April, 15 August and 15 December. Each instalment is one twelfth of what you earned in the previous four months.',
    },
  },
  {
    id: 'faq-mitradel-denuncia',
    entityId: 'mitradel',
    serviceId: 'svc-mitradel-denuncia-laboral',
    es: {
      question: '¿Mi empleador se enterará de mi denuncia?',
      answer:
        'Para investigar, el MITRADEL debe inspeccionar la empresa, pero su identidad se maneja con reserva. Guarde sus talonarios, contrato y cualquier mensaje que pruebe la relación laboral.',
    },
    en: {
      question: 'Will my employer find out about my complaint?',
      answer:
        'To investigate, MITRADEL has to inspect the company, but your identity is kept confidential. Keep your payslips, your contract and any message that proves the employment relationship.',
    },
  },
  {
    id: 'faq-antai-plazo',
    entityId: 'antai',
    serviceId: 'svc-antai-acceso-informacion',
    es: {
      question: '¿En cuánto tiempo debe responder una institución una solicitud de información?',
      answer:
        'En un máximo de 30 días calendario, según la Ley 6 de 2002; si la información es compleja, el plazo puede prorrogarse una sola vez por igual término. Si no le responden, puede acudir a la ANTAI.',
    },
    en: {
      question: 'How long does an institution have to answer a request for information?',
      answer:
        'At most 30 calendar days, under Law 6 of 2002; if the information is complex, the deadline can be extended once by the same period. If you get no answer, you can turn to ANTAI.',
    },
  },
  {
    id: 'faq-ifarhu-pase-u',
    entityId: 'ifarhu',
    serviceId: 'svc-ifarhu-beca',
    es: {
      question: '¿Cuándo pagan el PASE-U?',
      answer:
        'El IFARHU publica el calendario de pago por provincia y centro educativo en su sitio web y sus redes sociales. Para cobrar, el estudiante debe estar matriculado y tener sus documentos al día.',
    },
    en: {
      question: 'When is PASE-U paid?',
      answer:
        'IFARHU publishes the payment calendar by province and school on its website and social media. To collect it, the student must be enrolled and have their documents up to date.',
    },
  },
  {
    id: 'faq-te-cedula',
    entityId: 'tribunal-electoral',
    serviceId: 'svc-tribunal-electoral-tramite',
    es: {
      question: '¿Cómo renuevo mi cédula?',
      answer:
        'Acuda a una oficina del Tribunal Electoral con su cédula anterior; le tomarán la foto y las huellas. Conserve el recibo: con su número puede consultar el estado del trámite.',
    },
    en: {
      question: 'How do I renew my cédula?',
      answer:
        'Go to an Electoral Tribunal office with your old cédula; they will take your photo and fingerprints. Keep the receipt: with its number you can check the progress of your application.',
    },
  },
  {
    id: 'faq-pasaportes-requisitos',
    entityId: 'pasaportes',
    serviceId: 'svc-pasaportes-tramite',
    es: {
      question: '¿Qué necesito para sacar el pasaporte?',
      answer:
        'Cédula vigente y el pago del pasaporte. Los menores de edad deben ir con ambos padres o con la autorización correspondiente. Consulte el estado del trámite con el número de recibo.',
    },
    en: {
      question: 'What do I need to get a passport?',
      answer:
        'A valid cédula and payment of the passport fee. Minors must come with both parents or with the corresponding authorisation. Check the progress of your application with the receipt number.',
    },
  },
  {
    id: 'faq-mibus-objeto',
    entityId: 'mibus',
    serviceId: 'svc-mibus-objeto-perdido',
    es: {
      question: '¿Dónde reclamo algo que olvidé en un bus?',
      answer:
        'Repórtelo cuanto antes con la ruta, la hora aproximada y una descripción del objeto. Los objetos encontrados se guardan en la oficina de objetos perdidos de MiBus y se entregan a quien demuestre que son suyos.',
    },
    en: {
      question: 'Where do I claim something I left on a bus?',
      answer:
        "Report it as soon as you can with the route, the approximate time and a description of the item. Items found are kept at MiBus's lost property office and handed over to whoever proves they are theirs.",
    },
  },
  {
    id: 'faq-mibus-recarga',
    entityId: 'mibus',
    serviceId: 'svc-mibus-tarjeta',
    es: {
      question: 'Recargué mi tarjeta y no aparece el saldo: ¿qué hago?',
      answer:
        'Conserve el comprobante de la recarga y repórtelo con el número de la tarjeta. Las recargas hechas en línea pueden tardar en reflejarse hasta que la tarjeta se valide en un lector.',
    },
    en: {
      question: 'I topped up my card and the balance does not show: what should I do?',
      answer:
        'Keep the top-up receipt and report it with the card number. Online top-ups may not show until the card is validated on a reader.',
    },
  },
  {
    id: 'faq-metro-objeto',
    entityId: 'metro',
    serviceId: 'svc-metro-objeto-perdido',
    es: {
      question: '¿Qué hago si olvidé algo en el Metro?',
      answer:
        'Avise al personal de la estación o repórtelo aquí con la línea, la estación y la hora. Los objetos encontrados se llevan a atención al cliente y se entregan presentando una identificación.',
    },
    en: {
      question: 'What should I do if I left something on the Metro?',
      answer:
        'Tell the station staff or report it here with the line, the station and the time. Items found are taken to customer service and handed over on presentation of an ID.',
    },
  },
  {
    id: 'faq-mides-120',
    entityId: 'mides',
    serviceId: 'svc-mides-apoyo-social',
    es: {
      question: '¿Quién puede recibir el programa 120 a los 65?',
      answer:
        'Personas panameñas de 65 años o más, sin jubilación ni pensión, en situación de pobreza o vulnerabilidad. La inscripción se solicita en las oficinas del MIDES; después se hace una evaluación socioeconómica del hogar.',
    },
    en: {
      question: 'Who is eligible for the 120 a los 65 programme?',
      answer:
        'Panamanians aged 65 or over with no retirement or other pension, living in poverty or vulnerability. You apply to join at MIDES offices; the household then has a socio-economic assessment.',
    },
  },
  {
    id: 'faq-senniaf-denuncia',
    entityId: 'senniaf',
    serviceId: 'svc-senniaf-maltrato-infantil',
    es: {
      question: '¿Qué pasa si denuncio un maltrato infantil?',
      answer:
        'La SENNIAF verifica la situación y, si el niño está en riesgo, coordina su protección con la Policía de Niñez y Adolescencia y el Ministerio Público. Su identidad se mantiene en reserva.',
    },
    en: {
      question: 'What happens if I report child abuse?',
      answer:
        "SENNIAF checks the situation and, if the child is at risk, arranges their protection with the Children and Adolescents Police and the Public Prosecutor's Office. Your identity is kept confidential.",
    },
  },
  {
    id: 'faq-miambiente-tala',
    entityId: 'miambiente',
    serviceId: 'svc-miambiente-tala',
    es: {
      question: '¿Necesito permiso para cortar un árbol en mi propiedad?',
      answer:
        'Sí. La tala requiere permiso de MiAMBIENTE y, en zona urbana, también del municipio. Cortar árboles de manglar o en un área protegida está prohibido.',
    },
    en: {
      question: 'Do I need a permit to cut down a tree on my property?',
      answer:
        'Yes. Felling a tree needs a permit from MiAMBIENTE and, in urban areas, from the municipality as well. Cutting mangroves or trees in a protected area is forbidden.',
    },
  },
  {
    id: 'faq-dgi-paz-salvo',
    entityId: 'dgi',
    serviceId: 'svc-dgi-paz-y-salvo',
    es: {
      question: '¿Cómo obtengo el paz y salvo de la DGI?',
      answer:
        'En línea, en el sistema e-Tax 2.0 con su RUC y su NIT. El paz y salvo se emite al momento si no tiene deudas ni declaraciones pendientes.',
    },
    en: {
      question: 'How do I get a tax clearance certificate (paz y salvo) from DGI?',
      answer:
        'Online, through the e-Tax 2.0 system with your RUC and NIT. The certificate is issued on the spot if you have no debts or outstanding tax returns.',
    },
  },
  {
    id: 'faq-meduca-escuela',
    entityId: 'meduca',
    serviceId: 'svc-meduca-infraestructura-escolar',
    es: {
      question: '¿Cómo reporto una escuela en mal estado?',
      answer:
        'Repórtela aquí con el nombre del centro, fotos de los daños y el número de estudiantes afectados. La dirección regional de educación evalúa el daño y programa la reparación.',
    },
    en: {
      question: 'How do I report a school in poor condition?',
      answer:
        "Report it here with the school's name, photos of the damage and the number of pupils affected. The regional education office assesses the damage and schedules the repair.",
    },
  },
  {
    id: 'faq-arap-vedas',
    entityId: 'arap',
    serviceId: 'svc-arap-pesca-ilegal',
    es: {
      question: '¿Dónde consulto las vedas vigentes?',
      answer:
        'La ARAP publica en su sitio web las vedas vigentes de especies como la langosta, el camarón y el pepino de mar, con sus fechas y zonas.',
    },
    en: {
      question: 'Where can I check the current closed seasons?',
      answer:
        'ARAP publishes on its website the current closed seasons for species such as lobster, shrimp and sea cucumber, with their dates and areas.',
    },
  },
  {
    id: 'faq-defensoria-casos',
    entityId: 'defensoria',
    serviceId: 'svc-defensoria-queja-institucion',
    es: {
      question: '¿Qué casos atiende la Defensoría del Pueblo?',
      answer:
        'Quejas contra instituciones y servidores públicos que vulneran sus derechos: por ejemplo, la falta de un servicio público, un trato discriminatorio o una demora injustificada. No atiende conflictos entre particulares.',
    },
    en: {
      question: 'What cases does the Ombudsman (Defensoría del Pueblo) handle?',
      answer:
        'Complaints against public institutions and public servants that violate your rights: for example, the lack of a public service, discriminatory treatment or an unjustified delay. It does not handle disputes between private individuals.',
    },
  },
];

const ARTICLES: readonly Omit<LocalizedArticle, 'updatedAt'>[] = [
  {
    id: 'art-idaan-interrupciones',
    entityId: 'idaan',
    es: {
      title: 'Interrupciones programadas del suministro de agua',
      paragraphs: [
        'El IDAAN anuncia las interrupciones programadas con al menos 24 horas de anticipación en idaan.gob.pa, en sus redes sociales y en los medios de comunicación, con los sectores afectados y la duración prevista.',
        'Antes de la interrupción, almacene agua en recipientes limpios y tapados, suficiente para beber, cocinar y el aseo básico.',
        'Al terminar los trabajos, el servicio se restablece de forma gradual: las zonas bajas reciben agua primero y las altas pueden tardar de 12 a 24 horas más.',
        'Durante la interrupción, los carros cisterna atienden primero a hospitales, centros de salud, escuelas y hogares con personas vulnerables.',
        'Si su sector no aparece en el aviso, o el agua no vuelve 24 horas después de terminados los trabajos, repórtelo en el 311.',
      ],
    },
    en: {
      title: 'Scheduled water supply interruptions',
      paragraphs: [
        'IDAAN announces scheduled interruptions at least 24 hours ahead on idaan.gob.pa, on its social media and in the press, with the affected areas and the expected duration.',
        'Before the interruption, store enough water for drinking, cooking and basic hygiene in clean, covered containers.',
        'When the work ends, supply comes back gradually: low-lying areas get water first and high ones may take 12 to 24 hours longer.',
        'During the interruption, water tankers serve hospitals, health centres, schools and homes with vulnerable people first.',
        'If your area is not in the notice, or water does not return 24 hours after the work ends, report it to 311.',
      ],
    },
  },
  {
    id: 'art-aaud-recoleccion',
    entityId: 'aaud',
    es: {
      title: 'Cómo funciona la recolección de basura',
      paragraphs: [
        'La AAUD recoge los desechos domiciliarios de los distritos de Panamá y San Miguelito por rutas, con días y turnos fijos para cada sector.',
        'Saque la basura el día de recolección, lo más cerca posible de la hora de paso del camión, en bolsas bien cerradas y sobre una tinaquera elevada.',
        'Los cachivaches (muebles, colchones, electrodomésticos) no se recogen en la ruta regular: solicite su recolección por el 311.',
        'Los escombros de construcción los debe retirar el dueño de la obra con un transportista autorizado.',
        'Si el camión no pasa en el día previsto, espere hasta el día siguiente antes de reportarlo; en los feriados las rutas se recuperan en los dos días siguientes.',
      ],
    },
    en: {
      title: 'How rubbish collection works',
      paragraphs: [
        'AAUD collects household waste in the Panamá and San Miguelito districts by routes, with fixed days and shifts for each area.',
        "Put your rubbish out on collection day, as close as possible to the truck's time, in tightly closed bags on a raised bin stand.",
        'Bulky items (furniture, mattresses, appliances) are not taken on the regular route: request a pick-up through 311.',
        'Construction rubble must be removed by the owner of the works through an authorised carrier.',
        'If the truck does not come on the expected day, wait until the next day before reporting it; after public holidays routes catch up over two days.',
      ],
    },
  },
  {
    id: 'art-attt-remolques',
    entityId: 'attt',
    es: {
      title: 'Si su vehículo fue remolcado',
      paragraphs: [
        'La ATTT remolca los vehículos estacionados en lugares prohibidos, los que obstruyen el tránsito y los abandonados en la vía pública.',
        'Consulte dónde está su vehículo con la placa y la cédula del propietario o el número de la boleta. Verá la grúa en camino, el corral de destino y lo que se debe hasta el momento.',
        `La grúa cuesta ${balboas(TOW_FEE_CENTS)} y el almacenaje ${balboas(STORAGE_PER_DAY_CENTS)} por día o fracción: conviene retirar el vehículo cuanto antes.`,
        'Para retirarlo necesitará la cédula o el pasaporte del propietario, el Registro Único Vehicular, el revisado y la póliza vigentes, y los recibos de la boleta, la grúa y el almacenaje.',
        'Revise el horario del corral antes de ir: algunos no abren los domingos.',
      ],
    },
    en: {
      title: 'If your vehicle was towed',
      paragraphs: [
        'ATTT tows vehicles parked where parking is forbidden, vehicles blocking traffic and vehicles abandoned on public roads.',
        "Look up where your vehicle is with the plate and the owner's cédula or the ticket number. You will see the truck on its way, the destination yard and what is owed so far.",
        `The tow costs ${balboas(TOW_FEE_CENTS)} and storage ${balboas(STORAGE_PER_DAY_CENTS)} per day or part of a day: it pays to collect the vehicle quickly.`,
        "To collect it you need the owner's cédula or passport, the vehicle registration, a current inspection and insurance policy, and receipts for the ticket, the tow and the storage.",
        "Check the yard's opening hours before you go: some are closed on Sundays.",
      ],
    },
  },
  {
    id: 'art-mop-calles',
    entityId: 'mop',
    es: {
      title: 'Reparación de calles: qué esperar después de su reporte',
      paragraphs: [
        'Cada reporte de hueco se inspecciona para medir su tamaño y el riesgo que representa; los huecos grandes en vías principales se atienden primero.',
        'En temporada lluviosa se hacen reparaciones temporales con asfalto en frío, que luego se reemplazan por un parcheo definitivo cuando el clima lo permite.',
        'Si la misma calle tiene muchos huecos, el MOP puede incluirla en un programa de rehabilitación en lugar de repararla hueco por hueco.',
      ],
    },
    en: {
      title: 'Street repairs: what to expect after your report',
      paragraphs: [
        'Every pothole report is inspected to measure its size and risk; large potholes on main roads are handled first.',
        'In the rainy season temporary cold-asphalt patches are laid, and replaced with a permanent repair when the weather allows.',
        'If a street has many potholes, MOP may put it in a rehabilitation programme instead of repairing it pothole by pothole.',
      ],
    },
  },
  {
    id: 'art-minsa-dengue',
    entityId: 'minsa',
    es: {
      title: 'Prevención del dengue',
      paragraphs: [
        'El dengue lo transmite el mosquito Aedes aegypti, que se cría en agua limpia estancada dentro y alrededor de las casas.',
        'Una vez por semana, vacíe y cepille los recipientes con agua, tape los tanques, deseche llantas y envases y limpie las canales del techo.',
        'Use repelente y mosquiteros, sobre todo al amanecer y al atardecer, cuando el mosquito pica más.',
        'Ante fiebre alta, dolor detrás de los ojos o dolor muscular, acuda a su centro de salud y no tome aspirina ni ibuprofeno.',
        'Reporte los criaderos que no puede eliminar usted mismo, como lotes baldíos o casas abandonadas.',
      ],
    },
    en: {
      title: 'Preventing dengue',
      paragraphs: [
        'Dengue is spread by the Aedes aegypti mosquito, which breeds in clean standing water in and around homes.',
        'Once a week, empty and scrub anything holding water, cover tanks, throw away tyres and containers, and clean roof gutters.',
        'Use repellent and mosquito nets, especially at dawn and dusk, when the mosquito bites most.',
        'With a high fever, pain behind the eyes or muscle pain, go to your health centre and do not take aspirin or ibuprofen.',
        'Report breeding sites you cannot remove yourself, such as empty lots or abandoned houses.',
      ],
    },
  },
  {
    id: 'art-css-citas',
    entityId: 'css',
    es: {
      title: 'Citas médicas en la Caja de Seguro Social',
      paragraphs: [
        'Las citas de medicina general se solicitan en la policlínica o el centro de atención que le corresponde, o por el centro de llamadas de citas.',
        'Para una cita con un especialista necesita la referencia de su médico general.',
        'Si no puede asistir, cancele la cita con anticipación para que otro asegurado pueda usarla.',
        'Si no consigue cita o se la reprograman demasiado lejos, repórtelo en el 311.',
      ],
    },
    en: {
      title: 'Medical appointments at the Social Security Fund (CSS)',
      paragraphs: [
        'General practice appointments are requested at your assigned polyclinic or care centre, or through the appointments call centre.',
        'For a specialist appointment you need a referral from your GP.',
        'If you cannot go, cancel in advance so another insured person can use the slot.',
        'If you cannot get an appointment or it is rescheduled too far ahead, report it to 311.',
      ],
    },
  },
  {
    id: 'art-mupa-alumbrado',
    entityId: 'mun-panama',
    es: {
      title: 'Alumbrado público en el distrito de Panamá',
      paragraphs: [
        'El Municipio de Panamá atiende las luminarias apagadas, intermitentes o encendidas de día en las calles del distrito.',
        'Cada poste tiene un número en una placa o pintado: inclúyalo en su reporte para que la cuadrilla encuentre la luminaria correcta.',
        'Si hay cables eléctricos caídos, no se acerque y llame al 103 o al 911.',
      ],
    },
    en: {
      title: 'Street lighting in the Panamá district',
      paragraphs: [
        'The Municipality of Panamá handles street lights that are out, flickering or on during the day in the streets of the district.',
        'Every pole has a number on a plate or painted on: include it in your report so the crew finds the right light.',
        'If electric cables are down, stay away and call 103 or 911.',
      ],
    },
  },
  {
    id: 'art-sinaproc-lluvias',
    entityId: 'sinaproc',
    es: {
      title: 'Temporada lluviosa: cómo prepararse',
      paragraphs: [
        'La temporada lluviosa va de mayo a noviembre; en octubre y noviembre son más frecuentes las inundaciones y los deslizamientos.',
        'Limpie los desagües y las canales de su casa y no arroje basura a las quebradas.',
        'Tenga lista una mochila de emergencia con documentos, agua, linterna, radio de pilas y medicamentos.',
        'Si ve grietas en el terreno o en las paredes, o el agua de una quebrada sube rápido, aléjese y avise al 911.',
      ],
    },
    en: {
      title: 'Rainy season: how to prepare',
      paragraphs: [
        'The rainy season runs from May to November; floods and landslides are most frequent in October and November.',
        'Clean the drains and gutters of your home and do not throw rubbish into streams.',
        'Keep an emergency bag ready with documents, water, a torch, a battery radio and medicines.',
        'If you see cracks in the ground or in walls, or the water in a stream rises fast, move away and call 911.',
      ],
    },
  },
  {
    id: 'art-311-seguimiento',
    entityId: 'cac-311',
    es: {
      title: 'Cómo dar seguimiento a su caso',
      paragraphs: [
        'Al presentar un caso recibe un número (por ejemplo, 311-2026-000123) y un código de seguimiento. Guarde ambos.',
        'Con ellos puede ver el estado del caso, las notas públicas de la entidad y la fecha límite de atención.',
        'Si la entidad que recibió el caso no es la responsable, lo transfiere a la correcta y el plazo se indica de nuevo.',
        'Cuando el caso se resuelve, puede calificar la atención recibida.',
      ],
    },
    en: {
      title: 'How to follow your case',
      paragraphs: [
        'When you file a case you get a number (for example 311-2026-000123) and a tracking code. Keep both.',
        "With them you can see the case's status, the entity's public notes and the deadline.",
        'If the entity that received the case is not the one in charge, it transfers it to the right one and the deadline is shown again.',
        'When the case is resolved, you can rate the service you received.',
      ],
    },
  },
  {
    id: 'art-acodeco-reclamos',
    entityId: 'acodeco',
    es: {
      title: 'Sus derechos como consumidor',
      paragraphs: [
        'Todo producto debe exhibir su precio, y el comercio debe entregarle factura.',
        'La garantía de un producto debe respetarse en los términos ofrecidos; conserve la factura y el documento de garantía.',
        'Si tiene un problema, reclame primero al comercio. Si no lo resuelve, la ACODECO puede citar a las partes a una conciliación.',
      ],
    },
    en: {
      title: 'Your rights as a consumer',
      paragraphs: [
        'Every product must display its price, and the shop must give you an invoice.',
        "A product's guarantee must be honoured on the terms offered; keep the invoice and the guarantee document.",
        'If you have a problem, complain to the shop first. If it does not resolve it, ACODECO can call both parties to a conciliation hearing.',
      ],
    },
  },
];

const describeSla = (service: Service, lang: Lang): string => {
  const { value, unit } = service.sla;
  const [one, many] =
    unit === 'business_days'
      ? lang === 'es'
        ? ['1 día hábil', 'días hábiles']
        : ['1 working day', 'working days']
      : lang === 'es'
        ? ['1 hora', 'horas']
        : ['1 hour', 'hours'];
  if (unit === 'hours' && value >= 48 && value % 24 === 0)
    return lang === 'es' ? `${value / 24} días calendario` : `${value / 24} calendar days`;
  return value === 1 ? one : `${value} ${many}`;
};

const shortName = (entity: SeedEntity) => entity.acronym ?? entity.name;

/**
 * The question every service gets: how long it takes. Only for what someone comes out to fix
 * or do. `english` is the same service with its English text.
 */
const timingFaq = (service: Service, english: Service, entity: SeedEntity): LocalizedFaq => ({
  id: `faq-${service.id.replace(/^svc-/, '')}-plazo`,
  entityId: entity.id,
  serviceId: service.id,
  es: {
    question: `¿Cuánto tarda ${shortName(entity)} en atender «${service.name}»?`,
    answer: `${shortName(entity)} se compromete a atenderlo en ${describeSla(service, 'es')} desde que se registra el caso. Puede seguirlo en cualquier momento con el número de caso y el código de seguimiento que recibe al presentarlo.`,
  },
  en: {
    question: `How long does ${shortName(entity)} take to handle "${english.name}"?`,
    answer: `${shortName(entity)} commits to handling it within ${describeSla(english, 'en')} of the case being filed. You can follow it at any time with the case number and the tracking code you get when you file it.`,
  },
});

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const KNOWLEDGE_BASE_EPOCH = Date.UTC(2025, 0, 1);

// Copies, so that whoever holds the catalogue can change it without touching these constants.
const copyFaq = (faq: LocalizedFaq): LocalizedFaq => ({
  ...faq,
  es: { ...faq.es },
  en: { ...faq.en },
});
const copyArticleText = (text: ArticleText): ArticleText => ({
  title: text.title,
  paragraphs: [...text.paragraphs],
});

/**
 * The FAQs and articles of the given entities and services: the hand-written ones, plus a
 * "how long does it take" FAQ for every incident or request (entities outside the
 * capital's municipalities publish them). Articles carry a seeded last-update date.
 */
export function generateFaqs(
  entities: readonly SeedEntity[],
  catalogue: Readonly<Record<Lang, readonly Service[]>>,
  random: Random,
): { faqs: LocalizedFaq[]; articles: LocalizedArticle[] } {
  const services = catalogue.es;
  const english = new Map(catalogue.en.map((service) => [service.id, service]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const serviceIds = new Set(services.map((service) => service.id));

  const articles = ARTICLES.filter((article) => entityById.has(article.entityId)).map(
    (article): LocalizedArticle => ({
      id: article.id,
      entityId: article.entityId,
      updatedAt: new Date(
        KNOWLEDGE_BASE_EPOCH + random.int(0, 364) * DAY_MS + random.int(13, 22) * HOUR_MS,
      ).toISOString(),
      es: copyArticleText(article.es),
      en: copyArticleText(article.en),
    }),
  );
  const articleIds = new Set(articles.map((article) => article.id));

  const written = FAQS.filter(
    (faq) =>
      entityById.has(faq.entityId) &&
      (!faq.serviceId || serviceIds.has(faq.serviceId)) &&
      (!faq.articleId || articleIds.has(faq.articleId)),
  ).map(copyFaq);
  const timing = services.flatMap((service) => {
    const entity = entityById.get(service.entityId);
    const publishes = entity && (entity.kind !== 'municipality' || entity.id === 'mun-panama');
    return publishes && (service.kind === 'incident' || service.kind === 'request')
      ? [timingFaq(service, english.get(service.id) ?? service, entity)]
      : [];
  });

  return { faqs: [...written, ...timing], articles };
}

/** A FAQ in one language; `lang` says which. */
export function localizeFaq(faq: LocalizedFaq, lang: Lang): Faq {
  const text = faq[lang];
  return {
    id: faq.id,
    entityId: faq.entityId,
    ...(faq.serviceId ? { serviceId: faq.serviceId } : {}),
    question: text.question,
    answer: text.answer,
    lang,
    ...(faq.articleId ? { articleId: faq.articleId } : {}),
  };
}

/** An article in one language; `lang` says which. */
export function localizeArticle(article: LocalizedArticle, lang: Lang): Article {
  const text = article[lang];
  return {
    id: article.id,
    entityId: article.entityId,
    title: text.title,
    paragraphs: [...text.paragraphs],
    lang,
    updatedAt: article.updatedAt,
  };
}
