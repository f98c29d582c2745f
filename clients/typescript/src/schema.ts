// Generated from openapi/openapi.json by openapi-typescript (npm run openapi:write). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process runs */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the database answers and every migration is applied */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition format: requests and latency histograms by route pattern and status, database pool use, response cache hits and misses, import durations, process metrics.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/version.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The versioned widget script and its integrity hash
         * @description Where the current `<program-finder>` script is served immutable, and its Subresource Integrity hash: `<script src="https://api.example.org{path}" integrity="{integrity}" crossorigin="anonymous" defer></script>`. A new deployment that changes the script gives it a new path; the old path then answers 404, so a page pinned to it keeps the integrity check meaningful.
         */
        get: operations["getWidgetVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The <program-finder> web component at its versioned, immutable URL
         * @description The same script as /widget.js, at the path GET /widget/version.json gives (`v1.<hash>.js`), with `Cache-Control: public, max-age=31536000, immutable`. Any other name answers 404.
         */
        get: operations["getVersionedWidgetScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The <program-finder> web component
         * @description One script, with no other host to load from, defining `<program-finder>`: search with type-ahead, filters with facet counts, a ZIP code and radius, sort, cards with accreditation, internship, career services, outcomes and tuition that expand to the whole record, a comparison of 2 to 5 programs and a map of the results, in English or Spanish. Load it with a deferred script element, then place the element: `<program-finder state="TX" degree-level="associate"></program-finder>`. Attributes preset the search, named as the query parameters of GET /v1/programs in kebab-case: `q`, `near`, `radius-mi`, `degree-level`, `discipline`, `delivery-mode`, `state`, `accreditation-status`, `internship-format`, `placement-assistance`, `internship-required`, `career-services`, `occupation`, `max-tuition`, `min-graduation-rate`, `min-employment-rate`, `min-pass-rate`, `sort` and `limit`. `lang` picks English or Spanish (default: the language of the page), `api` the API base URL (default: the origin the script came from), `view="map"` opens on the map, `tiles` a tile URL template (`https://…/{z}/{x}/{y}.png`) for the map instead of the state outlines, with `tile-attribution` its credit line, `view="compare"` opens on the comparison of `chosen` (up to five program ids, comma-separated), `theme` (`light` or `dark`; default: the visitor’s system setting) its colours, `include-online="false"` leaves fully online programs out of a search near a place (they are kept by default, as “Online, from anywhere”), `url-state` keeps the address bar in step with the search, the view, the choice and the comparison (Back undoes the last change), and `program` (an id or slug) opens on that program, its card above the results with its details: careers with BLS pay by occupation (10th, median and 90th percentile, each figure linked to its source) and every outcome charted by cohort year. Theme it with CSS custom properties (`--pf-accent`, `--pf-font`, `--pf-text`, … listed in the README). It emits `pf-results`, `pf-error`, `pf-select` (a program's details opened), `pf-compare` (a comparison shown) and `pf-outbound` (a click to a program's or institution's site) events, their `detail` shapes in the README. The same script is served immutable at a versioned URL with a Subresource Integrity hash: see GET /widget/version.json.
         */
        get: operations["getWidgetScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The finder as a full HTML page, for an <iframe>
         * @description The same `<program-finder>` as /widget.js on a page of its own that any site may frame. The query parameters are the widget's attributes in snake_case (the filters of GET /v1/programs, `sort`, `limit`, `lang`, `view`, `theme`, `chosen`, `program`); one the page cannot use is left out, with a notice on the page rather than an error. The page keeps its address in step as the visitor searches, so a search can be shared and reloaded, and tells a framing page its height (`postMessage({ type: 'pf-height', height })`).
         *
         *     ```html
         *     <iframe src="https://api.example.org/embed?state=TX&degree_level=associate&lang=es" title="HIM programs" width="100%" height="800"></iframe>
         *     ```
         */
        get: operations["getEmbedPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/us-map.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State outlines for the widget map
         * @description Every state, DC, Puerto Rico and the territories as SVG path data, with the projection that drew them, so that a client can place a program's `institution.location` on the same map. From the U.S. Census Bureau's cartographic boundary files (public domain), via the us-atlas package.
         */
        get: operations["getWidgetMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a problem `type` means
         * @description The `type` of every problem document is a URI reference to this endpoint: a page that says what the problem means and what a client can do about it.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find programs: filter, search, sort and page
         * @description Filters combine with AND; the values of one multi-valued filter combine with OR. By default only programs that hold accreditation today are listed. Walk `meta.next_cursor` to read every match exactly once.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Add a program
         * @description The institution is given by `institution_id`, or inline and matched by name, campus, city and state (created when none matches). Answers 201 with the program, its `Location` and `ETag`.
         */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts for a filter sidebar (disjunctive facets)
         * @description Takes the filters of GET /v1/programs. `total` is the `meta.total` of the same search. Each facet applies every filter except its own, so it shows how many programs each other choice would give; career_services applies its own filter too (it is an AND). Every vocabulary value is listed, zeros included; `state` lists the states with matches.
         */
        get: operations["getProgramFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Two to five programs side by side
         * @description The full records of 2 to 5 programs (any accreditation status), in the order asked. Each unknown id or slug is named in the 404 problem.
         */
        get: operations["comparePrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every match, streamed as CSV or NDJSON
         * @description Every program matching the filters of GET /v1/programs (their defaults included), in id order, streamed without paging. `csv` has a header row and the import columns of POST /v1/imports, so an export imports back unchanged; `ndjson` has one program record per line.
         */
        get: operations["exportPrograms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{id_or_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One program with its accreditation history and outcomes over time
         * @description Programs of any accreditation status are returned here. The ETag is the program’s own version. With `Accept: application/ld+json` the program is answered as a schema.org `EducationalOccupationalProgram` (provider with address and geo, mode, time to complete, credits, tuition offers, credential, occupations by SOC code, BLS median salary); a media type it cannot give is a 406.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /**
         * Delete a program
         * @description With its outcomes and accreditation history; the change feed records the deletion. `If-Match` is optional (412 when stale).
         */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        /**
         * Change a program (JSON merge patch)
         * @description RFC 7396: send only what changes; `null` removes a value. `If-Match` with the program’s ETag is required: 428 without it, 412 when the program changed since it was read. Answers the new record and its ETag.
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find institutions (campuses) by name, campus, city or state */
        get: operations["listInstitutions"];
        put?: never;
        /**
         * Add an institution (campus)
         * @description Answers 201 with the institution, its `Location` and `ETag`; 409 when one with the same name, campus, city and state exists.
         */
        post: operations["createInstitution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{id_or_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One institution (campus) with its programs */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        /**
         * Delete an institution that has no programs
         * @description 409 while programs are listed at it. `If-Match` is optional (412 when stale).
         */
        delete: operations["deleteInstitution"];
        options?: never;
        head?: never;
        /**
         * Change an institution (JSON merge patch)
         * @description RFC 7396, as for programs. `If-Match` with the institution’s ETag (as POST and PATCH answer it) is required: 428 without it, 412 when the institution or one of its programs changed since. Its programs change with it: their ETags move and the change feed lists them.
         */
        patch: operations["updateInstitution"];
        trace?: never;
    };
    "/v1/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where programs lead: occupations with pay and job outlook from public data
         * @description The occupations (SOC 2018) that CAHIIM programs lead to, by SOC code: national wages and employment from one BLS Occupational Employment and Wage Statistics release, projected growth from the BLS Employment Projections, the typical entry education, the CIP codes of the NCES CIP 2020 to SOC 2018 crosswalk, the page and reference period of every figure, and how many listed programs lead there. A figure no cited source gives is null.
         */
        get: operations["listOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/occupations/{soc_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One occupation with its figures and their sources */
        get: operations["getOccupation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Type-ahead: program names, institutions and cities
         * @description Suggestions for a search box, best first: names that start with what was typed, then names with a word that does, then names that look alike (a misspelling or a partial word). One suggestion per program name, per institution name and state, and per city and state.
         */
        get: operations["suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every controlled vocabulary with labels and descriptions
         * @description Build filter UIs from this rather than hard-coding CAHIIM's wording.
         */
        get: operations["listVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: programs created, updated and deleted, oldest first
         * @description Sync instead of re-crawling: read from `since` (omitted: the beginning) and pass `meta.next_since` back as `since`. Every create, update, delete and import is recorded in the same transaction as the change.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accreditation-actions.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accreditation actions as an Atom feed
         * @description An Atom 1.0 feed of the newest 50 accreditation actions, newest first (by the action’s date), each entry linking to its program. Takes the filters of GET /v1/programs; without `accreditation_status` it covers programs of every status, withdrawn ones included. Follow it in a feed reader; `ETag` and `If-None-Match` as everywhere.
         */
        get: operations["getAccreditationActionsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{id_or_slug}/accreditation-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an accreditation action
         * @description Appends the action to the program’s history and, when `status` is given, moves the program to that status as of the action’s `date`, in one transaction. Answers 201 with the program and its new ETag. `If-Match` is optional (412 when stale).
         */
        post: operations["addAccreditationAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import programs from CSV or JSON: all rows or nothing
         * @description `text/csv` with a header row, or `application/json`: an array of rows with the same keys (cells as CSV text, or typed). Rows match existing programs by `cahiim_epc`, else by institution name, campus, city, state, degree level, discipline and program name. Any problem: 422 with the report and every problem by row and column, and nothing written. Importing the same file again changes nothing. At most 32 MB.
         */
        post: operations["importPrograms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/occupations/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the occupations and their figures from CSV or JSON: all rows or nothing
         * @description The columns of `seed/occupations.csv` (one row per occupation; lists `;`-separated in CSV), or a JSON array of rows with the same keys. The file replaces every occupation: one it no longer lists is removed. Each figure needs its reference period and source URL; wages are positive whole dollars, growth -100 to 1000 percent, CIP codes those of the catalogue. Programs whose careers change are rewritten in the same transaction (new version, change feed). Any problem: 422 with every problem by row and column, and nothing written.
         */
        post: operations["importOccupations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed with the actor of each change (audit trail)
         * @description As GET /v1/changes, plus `actor`: the name of the API key that made the change (`admin` for ADMIN_API_KEY, `cli` and `seed` for the command line and the sample data). Filter by `program_id` for one program’s history.
         */
        get: operations["listAuditedChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Every subscription, oldest first; secrets are never shown again.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to program and accreditation events
         * @description Answers 201 with the subscription and its signing secret, shown this once. The URL must be https and resolve to public addresses only (http and private addresses with WEBHOOK_ALLOW_PRIVATE_TARGETS=true); the same URL, events and filters twice is a 409. Events are POSTed as JSON with the Standard Webhooks headers `webhook-id` (the delivery id, the same for every retry: de-duplicate on it), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed by the base64-decoded secret after `whsec_`; during a rotation's 24 h grace period one signature per valid secret, space-separated). At least once; each program's events arrive in `seq` order. A 2xx answer is a delivery; a timeout (WEBHOOK_TIMEOUT_MS, 10 s), a network error, a redirect (never followed), 429 or 5xx is retried with exponential backoff and jitter (30 s doubling to 6 h, `Retry-After` honoured) for as long as the subscription lives; any other 4xx fails that delivery without retry. A subscription failing for 3 days without a success is disabled, with the reason.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook subscription with its delivery log
         * @description The subscription and its newest deliveries, each with its attempts (status, latency, error) and its next try. The `ETag` is the subscription’s version (settings, status, secret), for `If-Match` on PATCH; deliveries are not part of it.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description With its pending deliveries and its log; nothing more is sent to it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Pause, resume or change a webhook subscription (JSON merge patch)
         * @description `{"status": "paused"}` holds deliveries (events are still collected), `{"status": "active"}` resumes (a disabled subscription too, retrying what it holds at once); `events`, `filters` and `url` may change. `If-Match` with the subscription’s ETag is required.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook subscription’s signing secret
         * @description Answers 201 with the new secret, shown this once. For 24 hours (`previous_secret_expires_at`) deliveries carry a signature by each secret, space-separated, so the receiver can switch when it likes.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one delivery again
         * @description Makes the delivery due now, whatever its state (delivered and failed ones too), with the same `webhook-id` and body. Answers 202: it is sent by the next free worker, after any earlier pending event of the same program.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "program.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * program.created: A program was added (admin API or import).
         * @description Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.
         */
        post: operations["webhook_program_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "program.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * program.updated: A program changed: any field, its institution, its outcomes or its accreditation history (admin API or import).
         * @description Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.
         */
        post: operations["webhook_program_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "program.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * program.deleted: A program was deleted; `data.program` is null.
         * @description Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.
         */
        post: operations["webhook_program_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "accreditation.action_recorded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * accreditation.action_recorded: An accreditation action was recorded for a program (`data.action`), with or without a new status.
         * @description Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.
         */
        post: operations["webhook_accreditation_action_recorded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "accreditation.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * accreditation.status_changed: A program’s accreditation status changed (`data.old_status`, `data.new_status`), by an accreditation action, an edit or an import.
         * @description Sent to every subscription that asked for this event and whose filters match. At least once: the same `webhook-id` may arrive again. A 2xx answer is a delivery; 429, 5xx, redirects, timeouts and network errors are retried with backoff; other 4xx answers fail the delivery without retry.
         */
        post: operations["webhook_accreditation_status_changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description One program: the import columns, each a typed value, its CSV text or null (empty). Columns left out keep what an existing program has.
         * @example {
         *       "cahiim_epc": "SAMPLE-B-2002",
         *       "institution_name": "Tessaly State University",
         *       "city": "Pueblo",
         *       "state": "CO",
         *       "zip": "81001",
         *       "program_name": "Health Information Management",
         *       "credential": "BS",
         *       "degree_level": "baccalaureate",
         *       "discipline": "health_information_management",
         *       "delivery_mode": "online",
         *       "accreditation_status": "accredited",
         *       "next_review_year": 2031,
         *       "internship_required": true,
         *       "internship_formats": [
         *         "virtual",
         *         "onsite"
         *       ],
         *       "career_services": "exam_prep;mentoring",
         *       "tuition_in_state_usd": 7100
         *     }
         */
        ImportRowInput: {
            cahiim_epc?: string | null;
            institution_name: string;
            campus?: string | null;
            city: string;
            /** @enum {string} */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
            zip?: string | null;
            lat?: number | string | null;
            lon?: number | string | null;
            institution_website?: string | null;
            ipeds_unitid?: number | string | null;
            control?: ("public" | "private_nonprofit" | "private_for_profit") | null;
            program_name: string;
            credential?: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            cip_code?: string | null;
            delivery_mode?: ("campus" | "online" | "hybrid") | null;
            /** @enum {string} */
            accreditation_status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
            status_since?: string | null;
            initial_accreditation_date?: string | null;
            next_review_year?: number | string | null;
            internship_required?: boolean | string | null;
            internship_min_hours?: number | string | null;
            internship_formats?: ("onsite" | "virtual" | "hybrid")[] | string | null;
            placement_assistance?: boolean | string | null;
            career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[] | string | null;
            graduation_rate?: number | string | null;
            employment_rate?: number | string | null;
            retention_rate?: number | string | null;
            pass_rate?: number | string | null;
            pass_rate_exam?: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            outcomes_year?: number | string | null;
            tuition_in_state_usd?: number | string | null;
            tuition_out_of_state_usd?: number | string | null;
            credit_hours?: number | string | null;
            duration_months?: number | string | null;
            program_url?: string | null;
            outcomes_url?: string | null;
            contact_name?: string | null;
            contact_email?: string | null;
            contact_phone?: string | null;
            description?: string | null;
        };
        /** @description One occupation: the columns of seed/occupations.csv, each a typed value, its CSV text or null (empty). Lists are `;`-separated in CSV. */
        OccupationImportRowInput: {
            soc_code: string;
            title: string;
            description: string | null;
            median_annual_wage_usd: number | string | null;
            wage_p10_usd: number | string | null;
            wage_p90_usd: number | string | null;
            employment: number | string | null;
            wage_reference: string | null;
            wage_source_url: string | null;
            projected_growth_pct: number | string | null;
            projection_period: string | null;
            projection_source_url: string | null;
            entry_education: string | null;
            entry_education_source_url: string | null;
            cip_codes: ("51.0706" | "51.0707" | "51.0713" | "51.2706")[] | string;
            degree_levels: ("associate" | "baccalaureate" | "master" | "certificate")[] | string;
            crosswalk_source_url: string | null;
        };
        /** @description An institution (one campus); `id` and `slug` are assigned by the service */
        InstitutionWriteInput: {
            /** @example Harbor State College */
            name: string;
            campus?: string | null;
            /** @example Tampa */
            city: string;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
            zip?: string | null;
            location?: {
                lat?: number | null;
                lon?: number | null;
            } | null;
            website?: string | null;
            ipeds_unitid?: number | null;
            control?: ("public" | "private_nonprofit" | "private_for_profit") | null;
        };
        /** @description A JSON merge patch (RFC 7396) of InstitutionWrite; `null` removes an optional value. The merged document must be a valid InstitutionWrite. */
        InstitutionPatchInput: {
            name?: string | null;
            campus?: string | null;
            city?: string | null;
            state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP") | null;
            zip?: string | null;
            location?: {
                lat?: number | null;
                lon?: number | null;
            } | null;
            website?: string | null;
            ipeds_unitid?: number | null;
            control?: ("public" | "private_nonprofit" | "private_for_profit") | null;
        };
        /**
         * @description A program as written by an admin: the program record without `id`, `slug`, `updated_at`, `source` (set to `manual`) and the labels and history the service derives. A field left out is null (or [] for a list).
         * @example {
         *       "cahiim_epc": "SAMPLE-A-2001",
         *       "name": "Health Information Technology",
         *       "credential": "AAS",
         *       "degree_level": "associate",
         *       "discipline": "health_information_management",
         *       "cip_code": "51.0707",
         *       "delivery_mode": "hybrid",
         *       "institution": {
         *         "name": "Morvane Technical College",
         *         "campus": null,
         *         "city": "Ocala",
         *         "state": "FL",
         *         "zip": "34471",
         *         "location": {
         *           "lat": 29.16,
         *           "lon": -82.1336
         *         },
         *         "website": "https://morvane-technical-college.example.edu",
         *         "control": "public"
         *       },
         *       "accreditation": {
         *         "status": "candidacy",
         *         "status_since": "2026-09-01",
         *         "next_review_year": 2028
         *       },
         *       "internship": {
         *         "required": true,
         *         "min_hours": 90,
         *         "formats": [
         *           "onsite"
         *         ],
         *         "placement_assistance": true
         *       },
         *       "career_services": [
         *         "resume_review",
         *         "exam_prep"
         *       ],
         *       "tuition": {
         *         "in_state_usd": 3900,
         *         "out_of_state_usd": 14200
         *       },
         *       "credit_hours": 64,
         *       "duration_months": 24,
         *       "urls": {
         *         "program": "https://morvane-technical-college.example.edu/programs/hit",
         *         "outcomes": null
         *       },
         *       "contact": {
         *         "name": "Dana Whitfield",
         *         "email": "dana.whitfield@morvane-technical-college.example.edu",
         *         "phone": null
         *       },
         *       "description": "A new program in candidacy: coding, electronic health records and a 90-hour on-site internship."
         *     }
         */
        ProgramWriteInput: {
            cahiim_epc?: string | null;
            /** @example Health Information Technology */
            name: string;
            credential?: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            cip_code?: string | null;
            delivery_mode?: ("campus" | "online" | "hybrid") | null;
            accreditation: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                status_since?: string | null;
                initial_accreditation_date?: string | null;
                next_review_year?: number | null;
            };
            internship?: {
                required?: boolean | null;
                min_hours?: number | null;
                formats?: ("onsite" | "virtual" | "hybrid")[];
                placement_assistance?: boolean | null;
            };
            career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
            tuition?: {
                in_state_usd?: number | null;
                out_of_state_usd?: number | null;
            };
            credit_hours?: number | null;
            duration_months?: number | null;
            urls?: {
                program?: string | null;
                outcomes?: string | null;
            };
            contact?: {
                name?: string | null;
                email?: string | null;
                phone?: string | null;
            };
            description?: string | null;
            /**
             * Format: uuid
             * @description The institution (campus) of the program; or give `institution` instead
             */
            institution_id?: string;
            /** @description The institution inline, instead of `institution_id`: matched to an existing one by name, campus, city and state (its other attributes given here are updated), else created */
            institution?: {
                /** @example Harbor State College */
                name: string;
                campus?: string | null;
                /** @example Tampa */
                city: string;
                /**
                 * @example FL
                 * @enum {string}
                 */
                state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
                zip?: string | null;
                location?: {
                    lat?: number | null;
                    lon?: number | null;
                } | null;
                website?: string | null;
                ipeds_unitid?: number | null;
                control?: ("public" | "private_nonprofit" | "private_for_profit") | null;
            };
            /** @description Every stored outcome of the program (one per metric and cohort year). When written, it replaces them all; the record shows the latest of each metric */
            outcomes?: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                value: number;
                cohort_year: number;
                exam?: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
        };
        /**
         * @description A JSON merge patch (RFC 7396) of ProgramWrite: give only what changes; `null` removes an optional value (it becomes null, or [] for a list); arrays are replaced whole. `institution_id` moves the program to another institution; an `institution` object merges onto its current one. The merged document must be a valid ProgramWrite.
         * @example {
         *       "tuition": {
         *         "in_state_usd": 9200
         *       },
         *       "career_services": [
         *         "job_placement",
         *         "internship_placement",
         *         "resume_review",
         *         "mentoring",
         *         "exam_prep"
         *       ]
         *     }
         */
        ProgramPatchInput: {
            cahiim_epc?: string | null;
            name?: string | null;
            credential?: string | null;
            degree_level?: ("associate" | "baccalaureate" | "master" | "certificate") | null;
            discipline?: ("health_information_management" | "health_informatics" | "digital_health") | null;
            cip_code?: string | null;
            delivery_mode?: ("campus" | "online" | "hybrid") | null;
            accreditation?: {
                status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive") | null;
                status_since?: string | null;
                initial_accreditation_date?: string | null;
                next_review_year?: number | null;
            } | null;
            internship?: {
                required?: boolean | null;
                min_hours?: number | null;
                formats?: ("onsite" | "virtual" | "hybrid")[] | null;
                placement_assistance?: boolean | null;
            } | null;
            career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[] | null;
            tuition?: {
                in_state_usd?: number | null;
                out_of_state_usd?: number | null;
            } | null;
            credit_hours?: number | null;
            duration_months?: number | null;
            urls?: {
                program?: string | null;
                outcomes?: string | null;
            } | null;
            contact?: {
                name?: string | null;
                email?: string | null;
                phone?: string | null;
            } | null;
            description?: string | null;
            institution_id?: string | null;
            /** @description Changes to the program’s institution, merged onto the current one written out whole: `{"city": "Dallas"}` keeps its name, state, ZIP, location and every other field. The merged institution is matched by name, campus, city and state: the same campus is updated (for all its programs), another existing one is moved to, or a new one is created with every field of the merged object. Not together with `institution_id`; `null` changes nothing. */
            institution?: {
                name?: string | null;
                campus?: string | null;
                city?: string | null;
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP") | null;
                zip?: string | null;
                location?: {
                    lat?: number | null;
                    lon?: number | null;
                } | null;
                website?: string | null;
                ipeds_unitid?: number | null;
                control?: ("public" | "private_nonprofit" | "private_for_profit") | null;
            } | null;
            outcomes?: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                value: number;
                cohort_year: number;
                exam?: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[] | null;
        };
        /**
         * @example {
         *       "action": "progress_report_required",
         *       "date": "2026-10-15",
         *       "note": "Progress report on the outcomes assessment plan due"
         *     }
         */
        AccreditationActionWriteInput: {
            /** @enum {string} */
            action: "candidacy_granted" | "candidacy_expired" | "initial_accreditation_awarded" | "continuing_accreditation_awarded" | "progress_report_required" | "focused_review_assigned" | "placed_on_probation" | "placed_on_administrative_probation" | "probation_removed" | "accreditation_withheld" | "accreditation_withdrawn" | "voluntary_withdrawal" | "inactive_status_granted" | "reactivated" | "substantive_change_approved";
            /**
             * Format: date
             * @example 2021-06-01
             */
            date: string;
            note?: string | null;
            /**
             * @description The status the action puts the program in; its status_since becomes `date`
             * @enum {string}
             */
            status?: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
        };
        WebhookSubscriptionWriteInput: {
            /**
             * @description Where to POST the events: https, to a host resolving to public addresses only (unless WEBHOOK_ALLOW_PRIVATE_TARGETS). Redirects are not followed.
             * @example https://hooks.example.org/him-programs
             */
            url: string;
            /**
             * @example [
             *       "accreditation.status_changed",
             *       "program.deleted"
             *     ]
             */
            events: ("program.created" | "program.updated" | "program.deleted" | "accreditation.action_recorded" | "accreditation.status_changed")[];
            /** @description Events of programs that match every filter given; a program that moved matches by where it was or is */
            filters?: {
                /**
                 * @description Only programs in these states (any, when absent)
                 * @example [
                 *       "TX",
                 *       "OK"
                 *     ]
                 */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /**
                 * @description Only programs of these degree levels (any, when absent)
                 * @example [
                 *       "baccalaureate"
                 *     ]
                 */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
            };
        };
        /**
         * @description A JSON merge patch (RFC 7396) of the subscription: `url`, `events`, `filters`, `status`
         * @example {
         *       "status": "paused"
         *     }
         */
        WebhookSubscriptionPatchInput: {
            url?: string;
            events?: string[];
            filters?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description `paused` holds deliveries (events are still collected); `active` resumes, a disabled subscription too
             * @enum {string}
             */
            status?: "active" | "paused";
        } & {
            [key: string]: unknown;
        };
        /** @description An RFC 9457 problem document */
        Problem: {
            /**
             * @description A URI reference, one per `code`: a page at /problems/{slug} of this API that describes the problem
             * @example /problems/invalid-parameter
             */
            type: string;
            /** @example Invalid request parameter */
            title: string;
            /**
             * @description The HTTP status of the answer
             * @example 400
             */
            status: number;
            /** @enum {string} */
            code: "invalid_parameter" | "invalid_body" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "import_rejected" | "precondition_required" | "headers_too_large" | "rate_limited" | "internal_error" | "unavailable";
            /** @example limit must be an integer from 1 to 100 */
            detail: string;
            /** @example /v1/programs?limit=500 */
            instance: string;
            errors?: {
                /** @enum {string} */
                in: "query" | "path" | "header" | "body";
                /** @description The parameter, header or body field (a dotted path) */
                name: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ImportReport: {
            dry_run: boolean;
            /**
             * @description Data rows read (the header and blank lines not counted)
             * @example 412
             */
            rows: number;
            /** @example 3 */
            created: number;
            /** @example 9 */
            updated: number;
            /** @example 400 */
            unchanged: number;
            errors: {
                /** @description CSV: the record, the header being row 1. JSON: the 1-based position in the array */
                row: number;
                /**
                 * @description The column, or null when the problem is with the whole row
                 * @example state
                 */
                column: string | null;
                /** @example must be one of: AL, AK, … */
                message: string;
            }[];
        };
        Career: {
            /**
             * @description SOC 2018 code
             * @example 29-2072
             */
            soc_code: string;
            /** @example Medical Records Specialists */
            title: string;
            /**
             * @description National median annual wage (whole US dollars); null when no cited source gives it
             * @example 50250
             */
            median_annual_wage_usd: number | null;
            /**
             * @description Projected change in employment over `projection_period`, in percent
             * @example 7
             */
            projected_growth_pct: number | null;
            /** @example 2024-34 */
            projection_period: string | null;
            /**
             * @description The OEWS release of the wage
             * @example May 2024
             */
            wage_reference: string | null;
            /** @description The page the wage was read from */
            wage_source_url: string | null;
        };
        Occupation: {
            /**
             * @description SOC 2018 code
             * @example 29-2072
             */
            soc_code: string;
            /** @example Medical Records Specialists */
            title: string;
            /**
             * @description National median annual wage (whole US dollars); null when no cited source gives it
             * @example 50250
             */
            median_annual_wage_usd: number | null;
            /**
             * @description Projected change in employment over `projection_period`, in percent
             * @example 7
             */
            projected_growth_pct: number | null;
            /** @example 2024-34 */
            projection_period: string | null;
            /**
             * @description The OEWS release of the wage
             * @example May 2024
             */
            wage_reference: string | null;
            /** @description The page the wage was read from */
            wage_source_url: string | null;
            description: string | null;
            /**
             * @description 10th percentile of the annual wage, from the same release as the median (whole US dollars); null when no cited source gives it
             * @example 34000
             */
            wage_p10_usd: number | null;
            /**
             * @description 90th percentile of the annual wage, from the same release as the median (whole US dollars); null when no cited source gives it
             * @example 80000
             */
            wage_p90_usd: number | null;
            /** @description National employment in the same release as the wages */
            employment: number | null;
            /**
             * @description Typical education needed for entry, as BLS words it
             * @example Postsecondary nondegree award
             */
            entry_education: string | null;
            /** @description Every URL the figures and the crosswalk were read from */
            sources: string[];
            /** @description The page each figure was read from */
            source_urls: {
                /** @description Median, percentile wages and employment */
                wages: string | null;
                /** @description Projected growth */
                projection: string | null;
                entry_education: string | null;
                /** @description The CIP to SOC crosswalk */
                crosswalk: string | null;
            };
            /** @description CIP 2020 codes that lead here (NCES CIP 2020 to SOC 2018 crosswalk) */
            cip_codes: ("51.0706" | "51.0707" | "51.0713" | "51.2706")[];
            /** @description The degree levels of programs with those CIP codes that lead here */
            degree_levels: ("associate" | "baccalaureate" | "master" | "certificate")[];
            /** @description Listed programs (holding accreditation today) that lead here */
            program_count: number;
        };
        OccupationList: {
            data: components["schemas"]["Occupation"][];
        };
        OccupationImportReport: {
            dry_run: boolean;
            /**
             * @description Data rows read
             * @example 3
             */
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
            /** @description Occupations the file no longer lists */
            deleted: number;
            /** @description Programs whose careers changed (their records were rewritten) */
            programs_changed: number;
            errors: {
                /** @description CSV: the record, the header being row 1. JSON: the 1-based position in the array */
                row: number;
                /**
                 * @description The column, or null when the problem is with the whole row
                 * @example state
                 */
                column: string | null;
                /** @example must be one of: AL, AK, … */
                message: string;
            }[];
        };
        Institution: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-tampa-fl */
            slug: string;
            /** @example Harbor State College */
            name: string;
            /** @example Dale Mabry Campus */
            campus: string | null;
            /** @example Tampa */
            city: string;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
            /** @example 33614 */
            zip: string | null;
            /**
             * @example {
             *       "lat": 28.0089,
             *       "lon": -82.5064
             *     }
             */
            location: {
                lat: number;
                lon: number;
            } | null;
            /** @example https://harbor-state.example.edu */
            website: string | null;
            ipeds_unitid: number | null;
            control: ("public" | "private_nonprofit" | "private_for_profit") | null;
        };
        Program: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-health-information-technology-aas-tampa-fl */
            slug: string;
            /**
             * @description CAHIIM's Educational Program Code
             * @example HIM-A-0412
             */
            cahiim_epc: string | null;
            /** @example Health Information Technology */
            name: string;
            /** @example AAS */
            credential: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            /** @example 51.0707 */
            cip_code: string | null;
            delivery_mode: ("campus" | "online" | "hybrid") | null;
            institution: components["schemas"]["Institution"];
            accreditation: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                /**
                 * @description CAHIIM's wording of the status
                 * @example Accredited
                 */
                status_label: string;
                status_since: string | null;
                initial_accreditation_date: string | null;
                /**
                 * @description Year of the next comprehensive review ("reaffirmed through")
                 * @example 2031
                 */
                next_review_year: number | null;
            };
            internship: {
                required: boolean | null;
                /** @example 120 */
                min_hours: number | null;
                formats: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance: boolean | null;
            };
            career_services: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
            /** @description The latest value of each metric */
            outcomes: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                /**
                 * @description A percentage from 0 to 100
                 * @example 71.5
                 */
                value: number;
                /** @example 2024 */
                cohort_year: number;
                exam: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
            tuition: {
                in_state_usd: number | null;
                out_of_state_usd: number | null;
            };
            credit_hours: number | null;
            duration_months: number | null;
            urls: {
                program: string | null;
                outcomes: string | null;
            };
            contact: {
                name: string | null;
                email: string | null;
                phone: string | null;
            };
            /** @description What the program teaches; searched by `q` */
            description: string | null;
            /** @description The occupations its CIP code and degree level lead to (NCES CIP–SOC crosswalk), with national BLS figures; see GET /v1/occupations */
            careers: components["schemas"]["Career"][];
            /** @enum {string} */
            source: "sample" | "cahiim_directory" | "import" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "id": "29d9ebae-037b-41af-8475-7bb8ff0cf9f9",
         *       "slug": "pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl",
         *       "cahiim_epc": "SAMPLE-A-0462",
         *       "name": "Health Information Technology",
         *       "credential": "AAS",
         *       "degree_level": "associate",
         *       "discipline": "health_information_management",
         *       "cip_code": "51.0707",
         *       "delivery_mode": "online",
         *       "institution": {
         *         "id": "368885e6-3994-4f8b-abeb-938324515520",
         *         "slug": "pelarro-community-college-main-campus-fort-lauderdale-fl",
         *         "name": "Pelarro Community College",
         *         "campus": "Main Campus",
         *         "city": "Fort Lauderdale",
         *         "state": "FL",
         *         "zip": "33312",
         *         "location": {
         *           "lat": 26.08817,
         *           "lon": -80.181783
         *         },
         *         "website": "https://pelarro-community-college.example.edu",
         *         "ipeds_unitid": null,
         *         "control": "public"
         *       },
         *       "accreditation": {
         *         "status": "accredited",
         *         "status_label": "Accredited",
         *         "status_since": "2018-03-10",
         *         "initial_accreditation_date": "2006-05-14",
         *         "next_review_year": 2028,
         *         "history": [
         *           {
         *             "action": "substantive_change_approved",
         *             "date": "2020-03-13",
         *             "note": "Online delivery approved"
         *           },
         *           {
         *             "action": "continuing_accreditation_awarded",
         *             "date": "2018-03-10",
         *             "note": "Comprehensive review completed"
         *           },
         *           {
         *             "action": "progress_report_required",
         *             "date": "2010-10-24",
         *             "note": "Progress report on curriculum competencies due"
         *           },
         *           {
         *             "action": "continuing_accreditation_awarded",
         *             "date": "2010-06-23",
         *             "note": "Reaffirmed after site visit"
         *           },
         *           {
         *             "action": "initial_accreditation_awarded",
         *             "date": "2006-05-14",
         *             "note": "Initial review completed"
         *           },
         *           {
         *             "action": "candidacy_granted",
         *             "date": "2005-03-16",
         *             "note": null
         *           }
         *         ]
         *       },
         *       "internship": {
         *         "required": true,
         *         "min_hours": null,
         *         "formats": [
         *           "virtual",
         *           "hybrid"
         *         ],
         *         "placement_assistance": true
         *       },
         *       "career_services": [
         *         "job_placement",
         *         "internship_placement",
         *         "resume_review",
         *         "mentoring",
         *         "networking_events",
         *         "exam_prep"
         *       ],
         *       "outcomes": [
         *         {
         *           "metric": "certification_pass_rate",
         *           "value": 85.1,
         *           "cohort_year": 2025,
         *           "exam": "RHIT"
         *         },
         *         {
         *           "metric": "employment_rate",
         *           "value": 87.9,
         *           "cohort_year": 2025,
         *           "exam": null
         *         },
         *         {
         *           "metric": "graduation_rate",
         *           "value": 61.5,
         *           "cohort_year": 2025,
         *           "exam": null
         *         }
         *       ],
         *       "tuition": {
         *         "in_state_usd": 9090,
         *         "out_of_state_usd": 9090
         *       },
         *       "credit_hours": 70,
         *       "duration_months": 20,
         *       "urls": {
         *         "program": "https://pelarro-community-college.example.edu/programs/health-information-technology-aas",
         *         "outcomes": "https://pelarro-community-college.example.edu/programs/health-information-technology-aas/outcomes"
         *       },
         *       "contact": {
         *         "name": "Carmen Orlley, RHIA",
         *         "email": "carmen.orlley@pelarro-community-college.example.edu",
         *         "phone": "(555) 016-7430"
         *       },
         *       "description": "Students learn clinical documentation, health data quality and HIPAA privacy compliance in a program offered fully online. Faculty bring practice experience from hospitals, clinics and health plans.",
         *       "careers": [
         *         {
         *           "soc_code": "29-2072",
         *           "title": "Medical Records Specialists",
         *           "median_annual_wage_usd": 44090,
         *           "projected_growth_pct": 8,
         *           "projection_period": "2019-29",
         *           "wage_reference": "May 2020",
         *           "wage_source_url": "https://www.bls.gov/ooh/Healthcare/Medical-records-and-health-information-technicians.htm"
         *         },
         *         {
         *           "soc_code": "29-9021",
         *           "title": "Health Information Technologists and Medical Registrars",
         *           "median_annual_wage_usd": 55560,
         *           "projected_growth_pct": 16,
         *           "projection_period": "2022-32",
         *           "wage_reference": "May 2021",
         *           "wage_source_url": "https://www.bls.gov/oes/2021/may/oes299021.htm"
         *         }
         *       ],
         *       "source": "sample",
         *       "updated_at": "2026-11-20T14:03:11.000Z",
         *       "outcome_history": [
         *         {
         *           "metric": "graduation_rate",
         *           "value": 61.5,
         *           "cohort_year": 2025,
         *           "exam": null
         *         },
         *         {
         *           "metric": "employment_rate",
         *           "value": 87.9,
         *           "cohort_year": 2025,
         *           "exam": null
         *         },
         *         {
         *           "metric": "certification_pass_rate",
         *           "value": 85.1,
         *           "cohort_year": 2025,
         *           "exam": "RHIT"
         *         }
         *       ]
         *     }
         */
        ProgramDetail: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-health-information-technology-aas-tampa-fl */
            slug: string;
            /**
             * @description CAHIIM's Educational Program Code
             * @example HIM-A-0412
             */
            cahiim_epc: string | null;
            /** @example Health Information Technology */
            name: string;
            /** @example AAS */
            credential: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            /** @example 51.0707 */
            cip_code: string | null;
            delivery_mode: ("campus" | "online" | "hybrid") | null;
            institution: components["schemas"]["Institution"];
            accreditation: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                /**
                 * @description CAHIIM's wording of the status
                 * @example Accredited
                 */
                status_label: string;
                status_since: string | null;
                initial_accreditation_date: string | null;
                /**
                 * @description Year of the next comprehensive review ("reaffirmed through")
                 * @example 2031
                 */
                next_review_year: number | null;
                /** @description Accreditation actions, newest first */
                history: {
                    /** @enum {string} */
                    action: "candidacy_granted" | "candidacy_expired" | "initial_accreditation_awarded" | "continuing_accreditation_awarded" | "progress_report_required" | "focused_review_assigned" | "placed_on_probation" | "placed_on_administrative_probation" | "probation_removed" | "accreditation_withheld" | "accreditation_withdrawn" | "voluntary_withdrawal" | "inactive_status_granted" | "reactivated" | "substantive_change_approved";
                    /**
                     * Format: date
                     * @example 2021-06-01
                     */
                    date: string;
                    note: string | null;
                }[];
            };
            internship: {
                required: boolean | null;
                /** @example 120 */
                min_hours: number | null;
                formats: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance: boolean | null;
            };
            career_services: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
            /** @description The latest value of each metric */
            outcomes: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                /**
                 * @description A percentage from 0 to 100
                 * @example 71.5
                 */
                value: number;
                /** @example 2024 */
                cohort_year: number;
                exam: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
            tuition: {
                in_state_usd: number | null;
                out_of_state_usd: number | null;
            };
            credit_hours: number | null;
            duration_months: number | null;
            urls: {
                program: string | null;
                outcomes: string | null;
            };
            contact: {
                name: string | null;
                email: string | null;
                phone: string | null;
            };
            /** @description What the program teaches; searched by `q` */
            description: string | null;
            /** @description The occupations its CIP code and degree level lead to (NCES CIP–SOC crosswalk), with national BLS figures; see GET /v1/occupations */
            careers: components["schemas"]["Career"][];
            /** @enum {string} */
            source: "sample" | "cahiim_directory" | "import" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            updated_at: string;
            /** @description Every outcome value of every cohort year, oldest first (then by metric) */
            outcome_history: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                /**
                 * @description A percentage from 0 to 100
                 * @example 71.5
                 */
                value: number;
                /** @example 2024 */
                cohort_year: number;
                exam: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
        };
        /** @description A program as listed: the whole record, with `distance_mi` when `near` is given and `score` when `q` is. */
        ProgramListItem: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-health-information-technology-aas-tampa-fl */
            slug: string;
            /**
             * @description CAHIIM's Educational Program Code
             * @example HIM-A-0412
             */
            cahiim_epc: string | null;
            /** @example Health Information Technology */
            name: string;
            /** @example AAS */
            credential: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            /** @example 51.0707 */
            cip_code: string | null;
            delivery_mode: ("campus" | "online" | "hybrid") | null;
            institution: components["schemas"]["Institution"];
            accreditation: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                /**
                 * @description CAHIIM's wording of the status
                 * @example Accredited
                 */
                status_label: string;
                status_since: string | null;
                initial_accreditation_date: string | null;
                /**
                 * @description Year of the next comprehensive review ("reaffirmed through")
                 * @example 2031
                 */
                next_review_year: number | null;
            };
            internship: {
                required: boolean | null;
                /** @example 120 */
                min_hours: number | null;
                formats: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance: boolean | null;
            };
            career_services: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
            /** @description The latest value of each metric */
            outcomes: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                /**
                 * @description A percentage from 0 to 100
                 * @example 71.5
                 */
                value: number;
                /** @example 2024 */
                cohort_year: number;
                exam: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
            tuition: {
                in_state_usd: number | null;
                out_of_state_usd: number | null;
            };
            credit_hours: number | null;
            duration_months: number | null;
            urls: {
                program: string | null;
                outcomes: string | null;
            };
            contact: {
                name: string | null;
                email: string | null;
                phone: string | null;
            };
            /** @description What the program teaches; searched by `q` */
            description: string | null;
            /** @description The occupations its CIP code and degree level lead to (NCES CIP–SOC crosswalk), with national BLS figures; see GET /v1/occupations */
            careers: components["schemas"]["Career"][];
            /** @enum {string} */
            source: "sample" | "cahiim_directory" | "import" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            updated_at: string;
            /** @description Miles from `near`, when given; null for a fully online program beyond the radius (`include_online`) */
            distance_mi?: number | null;
            /** @description Relevance to `q`, when given */
            score?: number;
        };
        /**
         * @description A page of whole programs: the answer without `fields`.
         * @example {
         *       "data": [
         *         {
         *           "id": "29d9ebae-037b-41af-8475-7bb8ff0cf9f9",
         *           "slug": "pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl",
         *           "cahiim_epc": "SAMPLE-A-0462",
         *           "name": "Health Information Technology",
         *           "credential": "AAS",
         *           "degree_level": "associate",
         *           "discipline": "health_information_management",
         *           "cip_code": "51.0707",
         *           "delivery_mode": "online",
         *           "institution": {
         *             "id": "368885e6-3994-4f8b-abeb-938324515520",
         *             "slug": "pelarro-community-college-main-campus-fort-lauderdale-fl",
         *             "name": "Pelarro Community College",
         *             "campus": "Main Campus",
         *             "city": "Fort Lauderdale",
         *             "state": "FL",
         *             "zip": "33312",
         *             "location": {
         *               "lat": 26.08817,
         *               "lon": -80.181783
         *             },
         *             "website": "https://pelarro-community-college.example.edu",
         *             "ipeds_unitid": null,
         *             "control": "public"
         *           },
         *           "accreditation": {
         *             "status": "accredited",
         *             "status_label": "Accredited",
         *             "status_since": "2018-03-10",
         *             "initial_accreditation_date": "2006-05-14",
         *             "next_review_year": 2028
         *           },
         *           "internship": {
         *             "required": true,
         *             "min_hours": null,
         *             "formats": [
         *               "virtual",
         *               "hybrid"
         *             ],
         *             "placement_assistance": true
         *           },
         *           "career_services": [
         *             "job_placement",
         *             "internship_placement",
         *             "resume_review",
         *             "mentoring",
         *             "networking_events",
         *             "exam_prep"
         *           ],
         *           "outcomes": [
         *             {
         *               "metric": "certification_pass_rate",
         *               "value": 85.1,
         *               "cohort_year": 2025,
         *               "exam": "RHIT"
         *             },
         *             {
         *               "metric": "employment_rate",
         *               "value": 87.9,
         *               "cohort_year": 2025,
         *               "exam": null
         *             },
         *             {
         *               "metric": "graduation_rate",
         *               "value": 61.5,
         *               "cohort_year": 2025,
         *               "exam": null
         *             }
         *           ],
         *           "tuition": {
         *             "in_state_usd": 9090,
         *             "out_of_state_usd": 9090
         *           },
         *           "credit_hours": 70,
         *           "duration_months": 20,
         *           "urls": {
         *             "program": "https://pelarro-community-college.example.edu/programs/health-information-technology-aas",
         *             "outcomes": "https://pelarro-community-college.example.edu/programs/health-information-technology-aas/outcomes"
         *           },
         *           "contact": {
         *             "name": "Carmen Orlley, RHIA",
         *             "email": "carmen.orlley@pelarro-community-college.example.edu",
         *             "phone": "(555) 016-7430"
         *           },
         *           "description": "Students learn clinical documentation, health data quality and HIPAA privacy compliance in a program offered fully online. Faculty bring practice experience from hospitals, clinics and health plans.",
         *           "careers": [
         *             {
         *               "soc_code": "29-2072",
         *               "title": "Medical Records Specialists",
         *               "median_annual_wage_usd": 44090,
         *               "projected_growth_pct": 8,
         *               "projection_period": "2019-29",
         *               "wage_reference": "May 2020",
         *               "wage_source_url": "https://www.bls.gov/ooh/Healthcare/Medical-records-and-health-information-technicians.htm"
         *             },
         *             {
         *               "soc_code": "29-9021",
         *               "title": "Health Information Technologists and Medical Registrars",
         *               "median_annual_wage_usd": 55560,
         *               "projected_growth_pct": 16,
         *               "projection_period": "2022-32",
         *               "wage_reference": "May 2021",
         *               "wage_source_url": "https://www.bls.gov/oes/2021/may/oes299021.htm"
         *             }
         *           ],
         *           "source": "sample",
         *           "updated_at": "2026-11-20T14:03:11.000Z",
         *           "distance_mi": 0,
         *           "score": 2.05
         *         }
         *       ],
         *       "meta": {
         *         "total": 1,
         *         "limit": 10,
         *         "sort": "distance",
         *         "next_cursor": null
         *       },
         *       "links": {
         *         "self": "/v1/programs?q=health%20information%20technology&state=FL&near=33312&radius_mi=25&sort=distance&limit=10",
         *         "next": null
         *       }
         *     }
         */
        ProgramList: {
            data: components["schemas"]["ProgramListItem"][];
            meta: {
                /** @description The exact number of matches */
                total: number;
                /** @description The most items a page holds */
                limit: number;
                /**
                 * @description The order of `data`
                 * @enum {string}
                 */
                sort: "relevance" | "distance" | "name" | "-name" | "tuition" | "-tuition" | "-graduation_rate" | "-employment_rate" | "-pass_rate" | "next_review" | "-updated_at";
                /** @description Pass as `cursor` for the next page; null on the last page */
                next_cursor: string | null;
            };
            links: {
                /** @description This page */
                self: string;
                /** @description The next page; null on the last page */
                next: string | null;
            };
        };
        /** @description A program narrowed by `fields`: its `id` and the fields the answer’s `fields` lists (plus `distance_mi` and `score` when `near` and `q` are given); every other field is absent. */
        ProgramFieldsItem: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-health-information-technology-aas-tampa-fl */
            slug?: string;
            /**
             * @description CAHIIM's Educational Program Code
             * @example HIM-A-0412
             */
            cahiim_epc?: string | null;
            /** @example Health Information Technology */
            name?: string;
            /** @example AAS */
            credential?: string | null;
            /** @enum {string} */
            degree_level?: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline?: "health_information_management" | "health_informatics" | "digital_health";
            /** @example 51.0707 */
            cip_code?: string | null;
            delivery_mode?: ("campus" | "online" | "hybrid") | null;
            institution?: components["schemas"]["Institution"];
            accreditation?: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                /**
                 * @description CAHIIM's wording of the status
                 * @example Accredited
                 */
                status_label: string;
                status_since: string | null;
                initial_accreditation_date: string | null;
                /**
                 * @description Year of the next comprehensive review ("reaffirmed through")
                 * @example 2031
                 */
                next_review_year: number | null;
            };
            internship?: {
                required: boolean | null;
                /** @example 120 */
                min_hours: number | null;
                formats: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance: boolean | null;
            };
            career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
            /** @description The latest value of each metric */
            outcomes?: {
                /** @enum {string} */
                metric: "graduation_rate" | "employment_rate" | "retention_rate" | "academic_transfer_rate" | "graduate_school_entry_rate" | "student_satisfaction_rate" | "certification_pass_rate";
                /**
                 * @description A percentage from 0 to 100
                 * @example 71.5
                 */
                value: number;
                /** @example 2024 */
                cohort_year: number;
                exam: ("RHIT" | "RHIA" | "CCA" | "CHDA") | null;
            }[];
            tuition?: {
                in_state_usd: number | null;
                out_of_state_usd: number | null;
            };
            credit_hours?: number | null;
            duration_months?: number | null;
            urls?: {
                program: string | null;
                outcomes: string | null;
            };
            contact?: {
                name: string | null;
                email: string | null;
                phone: string | null;
            };
            /** @description What the program teaches; searched by `q` */
            description?: string | null;
            /** @description The occupations its CIP code and degree level lead to (NCES CIP–SOC crosswalk), with national BLS figures; see GET /v1/occupations */
            careers?: components["schemas"]["Career"][];
            /** @enum {string} */
            source?: "sample" | "cahiim_directory" | "import" | "manual";
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            updated_at?: string;
            /** @description Miles from `near`, when given; null for a fully online program beyond the radius (`include_online`) */
            distance_mi?: number | null;
            /** @description Relevance to `q`, when given */
            score?: number;
        };
        /** @description A page of programs narrowed by `fields`: the answer with `fields`. Only this envelope has a top-level `fields`, so `"fields" in page` tells the two answers apart. */
        ProgramFieldsList: {
            data: components["schemas"]["ProgramFieldsItem"][];
            meta: {
                /** @description The exact number of matches */
                total: number;
                /** @description The most items a page holds */
                limit: number;
                /**
                 * @description The order of `data`
                 * @enum {string}
                 */
                sort: "relevance" | "distance" | "name" | "-name" | "tuition" | "-tuition" | "-graduation_rate" | "-employment_rate" | "-pass_rate" | "next_review" | "-updated_at";
                /** @description Pass as `cursor` for the next page; null on the last page */
                next_cursor: string | null;
            };
            links: {
                /** @description This page */
                self: string;
                /** @description The next page; null on the last page */
                next: string | null;
            };
            /**
             * @description The fields each item holds: `id` and those asked for by `fields`, in record order
             * @example [
             *       "id",
             *       "slug",
             *       "name"
             *     ]
             */
            fields: ("id" | "slug" | "cahiim_epc" | "name" | "credential" | "degree_level" | "discipline" | "cip_code" | "delivery_mode" | "institution" | "accreditation" | "internship" | "career_services" | "outcomes" | "tuition" | "credit_hours" | "duration_months" | "urls" | "contact" | "description" | "careers" | "source" | "updated_at")[];
        };
        InstitutionListItem: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-tampa-fl */
            slug: string;
            /** @example Harbor State College */
            name: string;
            /** @example Dale Mabry Campus */
            campus: string | null;
            /** @example Tampa */
            city: string;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
            /** @example 33614 */
            zip: string | null;
            /**
             * @example {
             *       "lat": 28.0089,
             *       "lon": -82.5064
             *     }
             */
            location: {
                lat: number;
                lon: number;
            } | null;
            /** @example https://harbor-state.example.edu */
            website: string | null;
            ipeds_unitid: number | null;
            control: ("public" | "private_nonprofit" | "private_for_profit") | null;
            /** @description Programs listed at this campus, of any accreditation status */
            program_count: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "368885e6-3994-4f8b-abeb-938324515520",
         *           "slug": "pelarro-community-college-main-campus-fort-lauderdale-fl",
         *           "name": "Pelarro Community College",
         *           "campus": "Main Campus",
         *           "city": "Fort Lauderdale",
         *           "state": "FL",
         *           "zip": "33312",
         *           "location": {
         *             "lat": 26.08817,
         *             "lon": -80.181783
         *           },
         *           "website": "https://pelarro-community-college.example.edu",
         *           "ipeds_unitid": null,
         *           "control": "public",
         *           "program_count": 1
         *         }
         *       ],
         *       "meta": {
         *         "total": 1,
         *         "limit": 20,
         *         "sort": "name",
         *         "next_cursor": null
         *       },
         *       "links": {
         *         "self": "/v1/institutions?q=pelarro&state=FL",
         *         "next": null
         *       }
         *     }
         */
        InstitutionList: {
            data: components["schemas"]["InstitutionListItem"][];
            meta: {
                /** @description The exact number of matches */
                total: number;
                /** @description The most items a page holds */
                limit: number;
                /**
                 * @description The order of `data`
                 * @enum {string}
                 */
                sort: "name";
                /** @description Pass as `cursor` for the next page; null on the last page */
                next_cursor: string | null;
            };
            links: {
                /** @description This page */
                self: string;
                /** @description The next page; null on the last page */
                next: string | null;
            };
        };
        ProgramSummary: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-health-information-technology-aas-tampa-fl */
            slug: string;
            /** @example Health Information Technology */
            name: string;
            /** @example AAS */
            credential: string | null;
            /** @enum {string} */
            degree_level: "associate" | "baccalaureate" | "master" | "certificate";
            /** @enum {string} */
            discipline: "health_information_management" | "health_informatics" | "digital_health";
            delivery_mode: ("campus" | "online" | "hybrid") | null;
            accreditation: {
                /** @enum {string} */
                status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                /**
                 * @description CAHIIM's wording of the status
                 * @example Accredited
                 */
                status_label: string;
            };
        };
        /**
         * @example {
         *       "id": "368885e6-3994-4f8b-abeb-938324515520",
         *       "slug": "pelarro-community-college-main-campus-fort-lauderdale-fl",
         *       "name": "Pelarro Community College",
         *       "campus": "Main Campus",
         *       "city": "Fort Lauderdale",
         *       "state": "FL",
         *       "zip": "33312",
         *       "location": {
         *         "lat": 26.08817,
         *         "lon": -80.181783
         *       },
         *       "website": "https://pelarro-community-college.example.edu",
         *       "ipeds_unitid": null,
         *       "control": "public",
         *       "programs": [
         *         {
         *           "id": "29d9ebae-037b-41af-8475-7bb8ff0cf9f9",
         *           "slug": "pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl",
         *           "name": "Health Information Technology",
         *           "credential": "AAS",
         *           "degree_level": "associate",
         *           "discipline": "health_information_management",
         *           "delivery_mode": "online",
         *           "accreditation": {
         *             "status": "accredited",
         *             "status_label": "Accredited"
         *           }
         *         }
         *       ]
         *     }
         */
        InstitutionDetail: {
            /** Format: uuid */
            id: string;
            /** @example harbor-state-college-tampa-fl */
            slug: string;
            /** @example Harbor State College */
            name: string;
            /** @example Dale Mabry Campus */
            campus: string | null;
            /** @example Tampa */
            city: string;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
            /** @example 33614 */
            zip: string | null;
            /**
             * @example {
             *       "lat": 28.0089,
             *       "lon": -82.5064
             *     }
             */
            location: {
                lat: number;
                lon: number;
            } | null;
            /** @example https://harbor-state.example.edu */
            website: string | null;
            ipeds_unitid: number | null;
            control: ("public" | "private_nonprofit" | "private_for_profit") | null;
            programs: components["schemas"]["ProgramSummary"][];
        };
        Change: {
            /**
             * @description Position in the feed; increases with every change
             * @example 412
             */
            seq: number;
            /** @enum {string} */
            op: "created" | "updated" | "deleted";
            /** Format: uuid */
            program_id: string;
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            at: string;
        };
        AuditedChange: {
            /**
             * @description Position in the feed; increases with every change
             * @example 412
             */
            seq: number;
            /** @enum {string} */
            op: "created" | "updated" | "deleted";
            /** @description The program changed; null for a change to an institution or an occupation alone */
            program_id: string | null;
            /**
             * Format: date-time
             * @example 2026-11-20T14:03:11.000Z
             */
            at: string;
            /** @description The institution changed, when no program changed with it */
            institution_id: string | null;
            /**
             * @description The occupation whose reference data changed (the occupations import)
             * @example null
             */
            soc_code: string | null;
            /**
             * @description Who made the change: an API key’s name, `admin` (ADMIN_API_KEY), `cli` or `seed`
             * @example registrar-sync
             */
            actor: string | null;
        };
        ChangeList: {
            data: components["schemas"]["Change"][];
            meta: {
                /**
                 * @description Pass as `since` to read on from here; when `data` is empty it is the `since` given
                 * @example 412
                 */
                next_since: string;
            };
        };
        AuditedChangeList: {
            data: components["schemas"]["AuditedChange"][];
            meta: {
                /**
                 * @description Pass as `since` to read on from here; when `data` is empty it is the `since` given
                 * @example 412
                 */
                next_since: string;
            };
        };
        /** @description The program as a schema.org EducationalOccupationalProgram (https://schema.org/EducationalOccupationalProgram), answered to `Accept: application/ld+json`. */
        ProgramJsonLd: {
            /** @constant */
            "@context": "https://schema.org";
            /** @constant */
            "@type": "EducationalOccupationalProgram";
            /** @description The program on this service */
            "@id": string;
            name: string;
            description?: string;
            /** @description The program’s own page */
            url?: string;
            /** @description The CAHIIM EPC (https://schema.org/PropertyValue) */
            identifier?: {
                /** @constant */
                "@type": "PropertyValue";
            } & {
                [key: string]: unknown;
            };
            /** @description The institution (campus), with its PostalAddress and GeoCoordinates (https://schema.org/CollegeOrUniversity) */
            provider: {
                /** @constant */
                "@type": "CollegeOrUniversity";
            } & {
                [key: string]: unknown;
            };
            /** @enum {string} */
            educationalProgramMode?: "onsite" | "online" | "blended";
            /**
             * @description ISO 8601 duration
             * @example P24M
             */
            timeToComplete?: string;
            numberOfCredits?: number;
            offers?: ({
                /** @constant */
                "@type": "Offer";
            } & {
                [key: string]: unknown;
            })[];
            /** @description The degree or certificate (https://schema.org/EducationalOccupationalCredential) */
            educationalCredentialAwarded: {
                /** @constant */
                "@type": "EducationalOccupationalCredential";
            } & {
                [key: string]: unknown;
            };
            occupationalCategory?: ({
                /** @constant */
                "@type": "CategoryCode";
            } & {
                [key: string]: unknown;
            })[];
            salaryUponCompletion?: ({
                /** @constant */
                "@type": "MonetaryAmountDistribution";
            } & {
                [key: string]: unknown;
            })[];
        };
        WidgetVersion: {
            /**
             * @description The script at a URL named by its content, served immutable
             * @example /widget/v1.0123456789abcdef.js
             */
            path: string;
            /**
             * @description Its Subresource Integrity hash, for the script element's `integrity` attribute
             * @example sha384-…
             */
            integrity: string;
            /**
             * @description Its size gzipped
             * @example 25000
             */
            gzip_bytes: number;
        };
        /** @description A problem document (422) that also carries the import report; nothing was written */
        ImportRejected: {
            /**
             * @description A URI reference, one per `code`: a page at /problems/{slug} of this API that describes the problem
             * @example /problems/invalid-parameter
             */
            type: string;
            /** @example Invalid request parameter */
            title: string;
            /**
             * @description The HTTP status of the answer
             * @example 400
             */
            status: number;
            /** @enum {string} */
            code: "invalid_parameter" | "invalid_body" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "import_rejected" | "precondition_required" | "headers_too_large" | "rate_limited" | "internal_error" | "unavailable";
            /** @example limit must be an integer from 1 to 100 */
            detail: string;
            /** @example /v1/programs?limit=500 */
            instance: string;
            errors: {
                /** @description CSV: the record, the header being row 1. JSON: the 1-based position in the array */
                row: number;
                /**
                 * @description The column, or null when the problem is with the whole row
                 * @example state
                 */
                column: string | null;
                /** @example must be one of: AL, AK, … */
                message: string;
            }[];
            dry_run: boolean;
            /**
             * @description Data rows read (the header and blank lines not counted)
             * @example 412
             */
            rows: number;
            /** @example 3 */
            created: number;
            /** @example 9 */
            updated: number;
            /** @example 400 */
            unchanged: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A problem document (422) that also carries the occupations import report; nothing was written */
        OccupationImportRejected: {
            /**
             * @description A URI reference, one per `code`: a page at /problems/{slug} of this API that describes the problem
             * @example /problems/invalid-parameter
             */
            type: string;
            /** @example Invalid request parameter */
            title: string;
            /**
             * @description The HTTP status of the answer
             * @example 400
             */
            status: number;
            /** @enum {string} */
            code: "invalid_parameter" | "invalid_body" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "conflict" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "import_rejected" | "precondition_required" | "headers_too_large" | "rate_limited" | "internal_error" | "unavailable";
            /** @example limit must be an integer from 1 to 100 */
            detail: string;
            /** @example /v1/programs?limit=500 */
            instance: string;
            errors: {
                /** @description CSV: the record, the header being row 1. JSON: the 1-based position in the array */
                row: number;
                /**
                 * @description The column, or null when the problem is with the whole row
                 * @example state
                 */
                column: string | null;
                /** @example must be one of: AL, AK, … */
                message: string;
            }[];
            dry_run: boolean;
            /**
             * @description Data rows read
             * @example 3
             */
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
            /** @description Occupations the file no longer lists */
            deleted: number;
            /** @description Programs whose careers changed (their records were rewritten) */
            programs_changed: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Disjunctive facet counts: each facet applies every filter except its own, so a filter sidebar can show what each other choice would give. */
        ProgramFacets: {
            /** @description The number of matches: meta.total of the same search */
            total: number;
            facets: {
                degree_level: {
                    associate: number;
                    baccalaureate: number;
                    master: number;
                    certificate: number;
                };
                discipline: {
                    health_information_management: number;
                    health_informatics: number;
                    digital_health: number;
                };
                delivery_mode: {
                    campus: number;
                    online: number;
                    hybrid: number;
                };
                accreditation_status: {
                    candidacy: number;
                    accredited: number;
                    probation: number;
                    administrative_probation: number;
                    withheld: number;
                    withdrawn: number;
                    voluntary_withdrawal: number;
                    inactive: number;
                };
                /**
                 * @description States with at least one match, most matches first
                 * @example {
                 *       "TX": 12,
                 *       "OK": 3
                 *     }
                 */
                state: {
                    [key: string]: number;
                };
                internship_format: {
                    onsite: number;
                    virtual: number;
                    hybrid: number;
                };
                /** @description Programs offering each service among the matches (the career_services filter applies: it is an AND) */
                career_services: {
                    job_placement: number;
                    internship_placement: number;
                    resume_review: number;
                    mock_interviews: number;
                    employer_partnerships: number;
                    alumni_network: number;
                    mentoring: number;
                    networking_events: number;
                    exam_prep: number;
                };
                placement_assistance: {
                    true: number;
                    false: number;
                };
                internship_required: {
                    true: number;
                    false: number;
                };
                /**
                 * @description Every occupation of GET /v1/occupations by SOC code, zeros included
                 * @example {
                 *       "11-9111": 53,
                 *       "29-2072": 80
                 *     }
                 */
                occupation: {
                    [key: string]: number;
                };
            };
        };
        ProgramComparison: {
            /** @description The programs, in the order asked */
            data: components["schemas"]["Program"][];
        };
        /** @description A program name: search for it with `q` */
        ProgramSuggestion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "program";
            /**
             * @description What to show (and to search for)
             * @example Health Informatics
             */
            text: string;
            /**
             * Format: uuid
             * @description A program bearing this name (GET /v1/programs/{id})
             */
            id: string;
            /** @description A program name may be taught in several states */
            state: null;
        };
        /** @description An institution, in one state */
        InstitutionSuggestion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "institution";
            /**
             * @description What to show (and to search for)
             * @example Harbor State College
             */
            text: string;
            /**
             * Format: uuid
             * @description The institution (GET /v1/institutions/{id})
             */
            id: string;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
        };
        /** @description A city with programs: search for it with `q` */
        CitySuggestion: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "city";
            /**
             * @description What to show (and to search for)
             * @example Tampa
             */
            text: string;
            id: null;
            /**
             * @example FL
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP";
        };
        Suggestion: components["schemas"]["ProgramSuggestion"] | components["schemas"]["InstitutionSuggestion"] | components["schemas"]["CitySuggestion"];
        SuggestionList: {
            /** @description Best first */
            data: components["schemas"]["Suggestion"][];
        };
        UsMap: {
            /** @example 960 */
            width: number;
            /** @example 600 */
            height: number;
            /** @description The panels of the map: conic equal-area (Albers) projections, each fitted into its place. A panel with `states` draws those states; the one without draws every other. */
            insets: {
                states?: string[];
                lon0: number;
                lat0: number;
                /** @description The two standard parallels, degrees */
                parallels: number[];
                scale: number;
                x: number;
                y: number;
            }[];
            states: {
                /** @example TX */
                code: string;
                /** @example Texas */
                name: string;
                /**
                 * @description SVG path data in map units
                 * @example M452.1,512.3L455.0,509.8Z
                 */
                path: string;
            }[];
            attribution: string;
        };
        Vocabularies: {
            degree_level: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            discipline: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            delivery_mode: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            accreditation_status: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            internship_format: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            career_services: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            outcome_metric: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            certification_exam: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            institution_control: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            source: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            accreditation_action: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            cip_code: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
            state: {
                /** @example administrative_probation */
                value: string;
                /** @example Administrative Probationary Accreditation */
                label: string;
                description: string;
            }[];
        };
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("program.created" | "program.updated" | "program.deleted" | "accreditation.action_recorded" | "accreditation.status_changed")[];
            filters: {
                state: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                degree_level: ("associate" | "baccalaureate" | "master" | "certificate")[];
            };
            /**
             * @description `disabled`: deliveries failed for too long (see `disabled_reason`); PATCH `status: active` to resume
             * @enum {string}
             */
            status: "active" | "paused" | "disabled";
            disabled_reason: string | null;
            /** @description Deliveries have failed since then without a success */
            failing_since: string | null;
            /** @description After a rotation: until then the previous secret signs too */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            updated_at: string;
        };
        WebhookSubscriptionWithSecret: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("program.created" | "program.updated" | "program.deleted" | "accreditation.action_recorded" | "accreditation.status_changed")[];
            filters: {
                state: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                degree_level: ("associate" | "baccalaureate" | "master" | "certificate")[];
            };
            /**
             * @description `disabled`: deliveries failed for too long (see `disabled_reason`); PATCH `status: active` to resume
             * @enum {string}
             */
            status: "active" | "paused" | "disabled";
            disabled_reason: string | null;
            /** @description Deliveries have failed since then without a success */
            failing_since: string | null;
            /** @description After a rotation: until then the previous secret signs too */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            updated_at: string;
            /**
             * @description The signing secret (Standard Webhooks `whsec_…`). Shown this once: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The `webhook-id` of every attempt: the same for each retry of this event
             */
            id: string;
            /** @enum {string} */
            event_type: "program.created" | "program.updated" | "program.deleted" | "accreditation.action_recorded" | "accreditation.status_changed";
            /** @description The change feed seq of the change announced */
            seq: number;
            /** Format: uuid */
            program_id: string;
            /**
             * @description `pending`: to be sent or retried (held while the subscription is paused or disabled); `failed`: answered with a 4xx other than 429, not retried
             * @enum {string}
             */
            state: "pending" | "delivered" | "failed";
            attempts: number;
            last_status: number | null;
            last_latency_ms: number | null;
            last_error: string | null;
            last_attempt_at: string | null;
            /** @description When a pending delivery is tried next */
            next_attempt_at: string | null;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            created_at: string;
            finished_at: string | null;
            attempt_log: {
                attempt: number;
                /**
                 * Format: date-time
                 * @example 2026-12-08T09:30:00.000Z
                 */
                at: string;
                /** @description The HTTP status answered; null when none came */
                status: number | null;
                latency_ms: number;
                error: string | null;
                /** @enum {string} */
                outcome: "delivered" | "retry" | "failed";
            }[];
        };
        WebhookSubscriptionDetail: {
            /** Format: uuid */
            id: string;
            url: string;
            events: ("program.created" | "program.updated" | "program.deleted" | "accreditation.action_recorded" | "accreditation.status_changed")[];
            filters: {
                state: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                degree_level: ("associate" | "baccalaureate" | "master" | "certificate")[];
            };
            /**
             * @description `disabled`: deliveries failed for too long (see `disabled_reason`); PATCH `status: active` to resume
             * @enum {string}
             */
            status: "active" | "paused" | "disabled";
            disabled_reason: string | null;
            /** @description Deliveries have failed since then without a success */
            failing_since: string | null;
            /** @description After a rotation: until then the previous secret signs too */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-12-08T09:30:00.000Z
             */
            updated_at: string;
            /** @description The newest deliveries (at most 100), newest first */
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        WebhookSubscriptionList: {
            data: components["schemas"]["WebhookSubscription"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The id of this request: the `X-Request-Id` the client sent, when it was a sane token, else a generated one. Quote it when reporting a problem. */
        "X-Request-Id": string;
        /** @description `public, max-age=<CACHE_MAX_AGE>` (60 s by default) on successful public reads; `no-store` on everything else. */
        "Cache-Control": string;
        /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
        ETag: string;
        /** @description The URL of the record this request made */
        Location: string;
        /** @description The quota policy (a Structured Fields list): `q` requests per `w` seconds for each client, e.g. `"per-client";q=600;w=60` */
        "RateLimit-Policy": string;
        /** @description What is left of the quota: `r` requests remain, and the count starts again in `t` seconds, e.g. `"per-client";r=599;t=42`. Absent while the shared counter (Redis) cannot be reached. */
        RateLimit: string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process runs */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers and has every migration */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/readyz"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/readyz"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getWidgetVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versioned script */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetVersion"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/widget/version.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/widget/version.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/widget/version.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVersionedWidgetScript: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description v1.<hash>.js */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/widget/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/widget/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/widget/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/widget/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/widget/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWidgetScript: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/widget.js"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/widget.js"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/widget.js"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmbedPage: {
        parameters: {
            query?: {
                /** @description Free text; typo- and word-order tolerant, ranked */
                q?: string;
                /** @description Several values: `degree_level=a,b`, `degree_level=a&degree_level=b` and `degree_level[]=a&degree_level[]=b` all mean the same. */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
                /** @description Several values: `discipline=a,b`, `discipline=a&discipline=b` and `discipline[]=a&discipline[]=b` all mean the same. */
                discipline?: ("health_information_management" | "health_informatics" | "digital_health")[];
                /** @description Several values: `delivery_mode=a,b`, `delivery_mode=a&delivery_mode=b` and `delivery_mode[]=a&delivery_mode[]=b` all mean the same. */
                delivery_mode?: ("campus" | "online" | "hybrid")[];
                /** @description USPS codes, case-insensitive. Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all. Several values: `accreditation_status=a,b`, `accreditation_status=a&accreditation_status=b` and `accreditation_status[]=a&accreditation_status[]=b` all mean the same. */
                accreditation_status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | "any")[];
                /** @description Programs whose internship formats include any of these. Several values: `internship_format=a,b`, `internship_format=a&internship_format=b` and `internship_format[]=a&internship_format[]=b` all mean the same. */
                internship_format?: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance?: boolean;
                /** @description The program requires an internship (professional practice experience) */
                internship_required?: boolean;
                /** @description Programs that offer all of these. Several values: `career_services=a,b`, `career_services=a&career_services=b` and `career_services[]=a&career_services[]=b` all mean the same. */
                career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
                /** @description Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations). Several values: `occupation=a,b`, `occupation=a&occupation=b` and `occupation[]=a&occupation[]=b` all mean the same. */
                occupation?: string[];
                /** @description In-state tuition at most this (USD) */
                max_tuition?: number;
                /** @description Latest graduation rate at least this (%) */
                min_graduation_rate?: number;
                /** @description Latest employment rate at least this (%) */
                min_employment_rate?: number;
                /** @description Latest certification exam pass rate at least this (%) */
                min_pass_rate?: number;
                /** @description A 5-digit ZIP code or `lat,lon` */
                near?: string;
                /** @description Miles from `near`, default 50; only with `near` */
                radius_mi?: number;
                /** @description Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false. */
                include_online?: boolean;
                /** @description As on GET /v1/programs */
                sort?: "relevance" | "distance" | "name" | "-name" | "tuition" | "-tuition" | "-graduation_rate" | "-employment_rate" | "-pass_rate" | "next_review" | "-updated_at";
                /** @description Programs per page, default 20 */
                limit?: number;
                /** @description English (default) or Spanish */
                lang?: "en" | "es";
                /** @description A program (id or slug) the page opens on, its details shown above the results; the page then carries its schema.org JSON-LD. An unknown one is left out. */
                program?: string;
                /** @description Opens on the list (default), the map, or the comparison of `chosen` */
                view?: "list" | "map" | "compare";
                /** @description Light or dark colours; default: the visitor's system setting */
                theme?: "light" | "dark";
                /** @description Programs chosen for comparison (ids), at most five */
                chosen?: string;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/embed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/embed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/embed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWidgetMap: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state outlines and their projection */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsMap"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/widget/us-map.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/widget/us-map.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/widget/us-map.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The last segment of a problem `type` */
                slug: "invalid-parameter" | "invalid-body" | "unauthorized" | "forbidden" | "not-found" | "method-not-allowed" | "not-acceptable" | "request-timeout" | "conflict" | "precondition-failed" | "payload-too-large" | "unsupported-media-type" | "import-rejected" | "precondition-required" | "headers-too-large" | "rate-limited" | "internal-error" | "unavailable";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page describing the problem: its title, status, code and what to do */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/problems/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/problems/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/problems/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/problems/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description Free text; typo- and word-order tolerant, ranked */
                q?: string;
                /** @description Several values: `degree_level=a,b`, `degree_level=a&degree_level=b` and `degree_level[]=a&degree_level[]=b` all mean the same. */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
                /** @description Several values: `discipline=a,b`, `discipline=a&discipline=b` and `discipline[]=a&discipline[]=b` all mean the same. */
                discipline?: ("health_information_management" | "health_informatics" | "digital_health")[];
                /** @description Several values: `delivery_mode=a,b`, `delivery_mode=a&delivery_mode=b` and `delivery_mode[]=a&delivery_mode[]=b` all mean the same. */
                delivery_mode?: ("campus" | "online" | "hybrid")[];
                /** @description USPS codes, case-insensitive. Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all. Several values: `accreditation_status=a,b`, `accreditation_status=a&accreditation_status=b` and `accreditation_status[]=a&accreditation_status[]=b` all mean the same. */
                accreditation_status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | "any")[];
                /** @description Programs whose internship formats include any of these. Several values: `internship_format=a,b`, `internship_format=a&internship_format=b` and `internship_format[]=a&internship_format[]=b` all mean the same. */
                internship_format?: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance?: boolean;
                /** @description The program requires an internship (professional practice experience) */
                internship_required?: boolean;
                /** @description Programs that offer all of these. Several values: `career_services=a,b`, `career_services=a&career_services=b` and `career_services[]=a&career_services[]=b` all mean the same. */
                career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
                /** @description Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations). Several values: `occupation=a,b`, `occupation=a&occupation=b` and `occupation[]=a&occupation[]=b` all mean the same. */
                occupation?: string[];
                /** @description In-state tuition at most this (USD) */
                max_tuition?: number;
                /** @description Latest graduation rate at least this (%) */
                min_graduation_rate?: number;
                /** @description Latest employment rate at least this (%) */
                min_employment_rate?: number;
                /** @description Latest certification exam pass rate at least this (%) */
                min_pass_rate?: number;
                /** @description A 5-digit ZIP code or `lat,lon` */
                near?: string;
                /** @description Miles from `near`, default 50; only with `near` */
                radius_mi?: number;
                /** @description Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false. */
                include_online?: boolean;
                /** @description Default: relevance with q, distance with near, else name. Ties broken by id; nulls last. */
                sort?: "relevance" | "distance" | "name" | "-name" | "tuition" | "-tuition" | "-graduation_rate" | "-employment_rate" | "-pass_rate" | "next_review" | "-updated_at";
                /** @description Page size, default 20 */
                limit?: number;
                /** @description Opaque: the `meta.next_cursor` of the previous page (or follow `links.next`). Valid only with the same filters and sort. */
                cursor?: string;
                /** @description Only these top-level fields of each program (and `id`), for a smaller answer: the answer is then a ProgramFieldsList, whose items hold only those fields and whose top-level `fields` names them. Several values: `fields=a,b`, `fields=a&fields=b` and `fields[]=a&fields[]=b` all mean the same. */
                fields?: ("id" | "slug" | "cahiim_epc" | "name" | "credential" | "degree_level" | "discipline" | "cip_code" | "delivery_mode" | "institution" | "accreditation" | "internship" | "career_services" | "outcomes" | "tuition" | "credit_hours" | "duration_months" | "urls" | "contact" | "description" | "careers" | "source" | "updated_at")[];
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching programs: whole ones (ProgramList), or with `fields` narrowed ones (ProgramFieldsList) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramList"] | components["schemas"]["ProgramFieldsList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/programs",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramWriteInput"];
            };
        };
        responses: {
            /** @description Created: the program */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    Location: components["headers"]["Location"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDetail"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/programs",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramFacets: {
        parameters: {
            query?: {
                /** @description Free text; typo- and word-order tolerant, ranked */
                q?: string;
                /** @description Several values: `degree_level=a,b`, `degree_level=a&degree_level=b` and `degree_level[]=a&degree_level[]=b` all mean the same. */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
                /** @description Several values: `discipline=a,b`, `discipline=a&discipline=b` and `discipline[]=a&discipline[]=b` all mean the same. */
                discipline?: ("health_information_management" | "health_informatics" | "digital_health")[];
                /** @description Several values: `delivery_mode=a,b`, `delivery_mode=a&delivery_mode=b` and `delivery_mode[]=a&delivery_mode[]=b` all mean the same. */
                delivery_mode?: ("campus" | "online" | "hybrid")[];
                /** @description USPS codes, case-insensitive. Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all. Several values: `accreditation_status=a,b`, `accreditation_status=a&accreditation_status=b` and `accreditation_status[]=a&accreditation_status[]=b` all mean the same. */
                accreditation_status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | "any")[];
                /** @description Programs whose internship formats include any of these. Several values: `internship_format=a,b`, `internship_format=a&internship_format=b` and `internship_format[]=a&internship_format[]=b` all mean the same. */
                internship_format?: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance?: boolean;
                /** @description The program requires an internship (professional practice experience) */
                internship_required?: boolean;
                /** @description Programs that offer all of these. Several values: `career_services=a,b`, `career_services=a&career_services=b` and `career_services[]=a&career_services[]=b` all mean the same. */
                career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
                /** @description Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations). Several values: `occupation=a,b`, `occupation=a&occupation=b` and `occupation[]=a&occupation[]=b` all mean the same. */
                occupation?: string[];
                /** @description In-state tuition at most this (USD) */
                max_tuition?: number;
                /** @description Latest graduation rate at least this (%) */
                min_graduation_rate?: number;
                /** @description Latest employment rate at least this (%) */
                min_employment_rate?: number;
                /** @description Latest certification exam pass rate at least this (%) */
                min_pass_rate?: number;
                /** @description A 5-digit ZIP code or `lat,lon` */
                near?: string;
                /** @description Miles from `near`, default 50; only with `near` */
                radius_mi?: number;
                /** @description Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false. */
                include_online?: boolean;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of matches and the facet counts */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramFacets"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/programs/facets",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/facets"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/facets"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/facets"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comparePrograms: {
        parameters: {
            query: {
                /** @description Program ids or slugs, comma-separated or repeated; answered in this order. Several values: `ids=a,b`, `ids=a&ids=b` and `ids[]=a&ids[]=b` all mean the same. */
                ids: string[];
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programs, in the order asked */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramComparison"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/programs/compare",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/programs/compare",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/compare"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/compare"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/compare"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportPrograms: {
        parameters: {
            query: {
                /** @description Free text; typo- and word-order tolerant, ranked */
                q?: string;
                /** @description Several values: `degree_level=a,b`, `degree_level=a&degree_level=b` and `degree_level[]=a&degree_level[]=b` all mean the same. */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
                /** @description Several values: `discipline=a,b`, `discipline=a&discipline=b` and `discipline[]=a&discipline[]=b` all mean the same. */
                discipline?: ("health_information_management" | "health_informatics" | "digital_health")[];
                /** @description Several values: `delivery_mode=a,b`, `delivery_mode=a&delivery_mode=b` and `delivery_mode[]=a&delivery_mode[]=b` all mean the same. */
                delivery_mode?: ("campus" | "online" | "hybrid")[];
                /** @description USPS codes, case-insensitive. Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all. Several values: `accreditation_status=a,b`, `accreditation_status=a&accreditation_status=b` and `accreditation_status[]=a&accreditation_status[]=b` all mean the same. */
                accreditation_status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | "any")[];
                /** @description Programs whose internship formats include any of these. Several values: `internship_format=a,b`, `internship_format=a&internship_format=b` and `internship_format[]=a&internship_format[]=b` all mean the same. */
                internship_format?: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance?: boolean;
                /** @description The program requires an internship (professional practice experience) */
                internship_required?: boolean;
                /** @description Programs that offer all of these. Several values: `career_services=a,b`, `career_services=a&career_services=b` and `career_services[]=a&career_services[]=b` all mean the same. */
                career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
                /** @description Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations). Several values: `occupation=a,b`, `occupation=a&occupation=b` and `occupation[]=a&occupation[]=b` all mean the same. */
                occupation?: string[];
                /** @description In-state tuition at most this (USD) */
                max_tuition?: number;
                /** @description Latest graduation rate at least this (%) */
                min_graduation_rate?: number;
                /** @description Latest employment rate at least this (%) */
                min_employment_rate?: number;
                /** @description Latest certification exam pass rate at least this (%) */
                min_pass_rate?: number;
                /** @description A 5-digit ZIP code or `lat,lon` */
                near?: string;
                /** @description Miles from `near`, default 50; only with `near` */
                radius_mi?: number;
                /** @description Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false. */
                include_online?: boolean;
                /** @description csv (the import columns) or ndjson (one program per line) */
                format: "csv" | "ndjson";
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programs, as an attachment */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/programs/export",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/export"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/export"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/export"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program with its accreditation history and every outcome by cohort year */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDetail"];
                    "application/ld+json": components["schemas"]["ProgramJsonLd"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/programs/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/programs/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "Not acceptable",
                     *       "status": 406,
                     *       "code": "not_acceptable",
                     *       "detail": "This endpoint answers application/json only",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the program as read (GET, POST or PATCH) */
                "if-match"?: string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/programs/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the program as read: 412 when the program changed since, 428 without the header. `*` changes it whatever its version */
                "if-match": string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ProgramPatchInput"];
                "application/json": components["schemas"]["ProgramPatchInput"];
            };
        };
        responses: {
            /** @description The program as changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDetail"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/programs/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/programs/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "code": "precondition_required",
                     *       "detail": "If-Match with the current ETag is required",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                /** @description Name, campus or city; typo-tolerant */
                q?: string;
                /** @description Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Page size, default 20 */
                limit?: number;
                /** @description Opaque: the `meta.next_cursor` of the previous page (or follow `links.next`) */
                cursor?: string;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching institutions, by name */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/institutions",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstitutionWriteInput"];
            };
        };
        responses: {
            /** @description Created: the institution */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    Location: components["headers"]["Location"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionDetail"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/institutions",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/institutions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution with its programs */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionDetail"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/institutions/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Institution was not found",
                     *       "instance": "/v1/institutions/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInstitution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the institution as answered by POST or PATCH */
                "if-match"?: string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Institution was not found",
                     *       "instance": "/v1/institutions/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInstitution: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the institution as read: 412 when the institution changed since, 428 without the header. `*` changes it whatever its version */
                "if-match": string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["InstitutionPatchInput"];
                "application/json": components["schemas"]["InstitutionPatchInput"];
            };
        };
        responses: {
            /** @description The institution as changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionDetail"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/institutions/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Institution was not found",
                     *       "instance": "/v1/institutions/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "code": "precondition_required",
                     *       "detail": "If-Match with the current ETag is required",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/institutions/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOccupations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every occupation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/occupations",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/occupations"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/occupations"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/occupations"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOccupation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description SOC 2018 code */
                soc_code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The occupation */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Occupation"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/occupations/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/occupations/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/occupations/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/occupations/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/occupations/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggest: {
        parameters: {
            query: {
                /** @description What has been typed so far; typo-tolerant */
                q: string;
                /** @description At most this many suggestions, default 8 */
                limit?: number;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions, best first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/suggest",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/suggest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/suggest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/suggest"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVocabularies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every vocabulary, each value with its label and description */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vocabularies"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/vocabularies",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/vocabularies"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/vocabularies"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/vocabularies"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description `meta.next_since` of the previous answer; omitted: from the beginning */
                since?: number;
                /** @description Changes per answer, default 100 */
                limit?: number;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changes after `since`, oldest first */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/changes",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccreditationActionsFeed: {
        parameters: {
            query?: {
                /** @description Free text; typo- and word-order tolerant, ranked */
                q?: string;
                /** @description Several values: `degree_level=a,b`, `degree_level=a&degree_level=b` and `degree_level[]=a&degree_level[]=b` all mean the same. */
                degree_level?: ("associate" | "baccalaureate" | "master" | "certificate")[];
                /** @description Several values: `discipline=a,b`, `discipline=a&discipline=b` and `discipline[]=a&discipline[]=b` all mean the same. */
                discipline?: ("health_information_management" | "health_informatics" | "digital_health")[];
                /** @description Several values: `delivery_mode=a,b`, `delivery_mode=a&delivery_mode=b` and `delivery_mode[]=a&delivery_mode[]=b` all mean the same. */
                delivery_mode?: ("campus" | "online" | "hybrid")[];
                /** @description USPS codes, case-insensitive. Several values: `state=a,b`, `state=a&state=b` and `state[]=a&state[]=b` all mean the same. */
                state?: ("AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "PR" | "GU" | "VI" | "AS" | "MP")[];
                /** @description Default: accredited,probation,administrative_probation (programs that hold accreditation today). `any` for all. Several values: `accreditation_status=a,b`, `accreditation_status=a&accreditation_status=b` and `accreditation_status[]=a&accreditation_status[]=b` all mean the same. */
                accreditation_status?: ("candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | "any")[];
                /** @description Programs whose internship formats include any of these. Several values: `internship_format=a,b`, `internship_format=a&internship_format=b` and `internship_format[]=a&internship_format[]=b` all mean the same. */
                internship_format?: ("onsite" | "virtual" | "hybrid")[];
                /** @description The program arranges internship sites */
                placement_assistance?: boolean;
                /** @description The program requires an internship (professional practice experience) */
                internship_required?: boolean;
                /** @description Programs that offer all of these. Several values: `career_services=a,b`, `career_services=a&career_services=b` and `career_services[]=a&career_services[]=b` all mean the same. */
                career_services?: ("job_placement" | "internship_placement" | "resume_review" | "mock_interviews" | "employer_partnerships" | "alumni_network" | "mentoring" | "networking_events" | "exam_prep")[];
                /** @description Programs leading to any of these occupations (SOC 2018 codes; see GET /v1/occupations). Several values: `occupation=a,b`, `occupation=a&occupation=b` and `occupation[]=a&occupation[]=b` all mean the same. */
                occupation?: string[];
                /** @description In-state tuition at most this (USD) */
                max_tuition?: number;
                /** @description Latest graduation rate at least this (%) */
                min_graduation_rate?: number;
                /** @description Latest employment rate at least this (%) */
                min_employment_rate?: number;
                /** @description Latest certification exam pass rate at least this (%) */
                min_pass_rate?: number;
                /** @description A 5-digit ZIP code or `lat,lon` */
                near?: string;
                /** @description Miles from `near`, default 50; only with `near` */
                radius_mi?: number;
                /** @description Only with `near`: also every fully online program (`delivery_mode=online`) that matches the other filters, wherever it is. Those beyond the radius have `distance_mi: null` and come after the programs in range when sorted by distance; `meta.total` and the facets count them too. Default false. */
                include_online?: boolean;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/accreditation-actions.atom",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/accreditation-actions.atom"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/accreditation-actions.atom"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/accreditation-actions.atom"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAccreditationAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the program as read (GET, POST or PATCH) */
                "if-match"?: string;
            };
            path: {
                /** @description The UUID or the slug */
                id_or_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccreditationActionWriteInput"];
            };
        };
        responses: {
            /** @description Recorded: the program with its new history */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    Location: components["headers"]["Location"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramDetail"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/programs/no-such-record/accreditation-actions"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPrograms: {
        parameters: {
            query?: {
                /** @description Validate, match and count, then roll back: the report of a real run, nothing written */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/json": components["schemas"]["ImportRowInput"][];
            };
        };
        responses: {
            /** @description The import report: rows read, created, updated and unchanged */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Invalid request parameter; Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/imports",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Import rejected: the report and every problem; nothing was written */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportRejected"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importOccupations: {
        parameters: {
            query?: {
                /** @description Validate, match and count, then roll back: the report of a real run, nothing written */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/json": components["schemas"]["OccupationImportRowInput"][];
            };
        };
        responses: {
            /** @description The import report */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationImportReport"];
                };
            };
            /** @description Invalid request parameter; Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/occupations/imports",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Import rejected: the report and every problem; nothing was written */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OccupationImportRejected"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/occupations/imports"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditedChanges: {
        parameters: {
            query?: {
                /** @description `meta.next_since` of the previous answer; omitted: from the beginning */
                since?: number;
                /** @description Changes per answer, default 100 */
                limit?: number;
                /** @description Only the changes of this program */
                program_id?: string;
            };
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Changes after `since`, oldest first, with their actors */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditedChangeList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/admin/changes",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/admin/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/admin/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/admin/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/admin/changes"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionList"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionWriteInput"];
            };
        };
        responses: {
            /** @description Created: the subscription with its secret */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    Location: components["headers"]["Location"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            /** @description Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-body",
                     *       "title": "Invalid request body",
                     *       "status": 400,
                     *       "code": "invalid_body",
                     *       "detail": "degree_level is not one of: associate, baccalaureate, master, certificate",
                     *       "instance": "/v1/webhooks",
                     *       "errors": [
                     *         {
                     *           "in": "body",
                     *           "name": "degree_level",
                     *           "message": "is not one of: associate, baccalaureate, master, certificate"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of an earlier answer to the same request: while the answer is unchanged it is a 304 without a body. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The subscription id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription and its delivery log */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDetail"];
                };
            };
            /** @description Not modified: the answer whose ETag was sent in `If-None-Match` is still current. No body. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the webhook subscription as read: 412 when the webhook subscription changed since, 428 without the header. `*` changes it whatever its version */
                "if-match": string;
            };
            path: {
                /** @description The subscription id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["WebhookSubscriptionPatchInput"];
                "application/json": components["schemas"]["WebhookSubscriptionPatchInput"];
            };
        };
        responses: {
            /** @description The subscription as changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid request parameter; Invalid request body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/webhooks/no-such-record",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "conflict",
                     *       "detail": "A record with the same unique key already exists",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "code": "precondition_failed",
                     *       "detail": "The record changed since that ETag was issued; GET it again",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/payload-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "code": "payload_too_large",
                     *       "detail": "The request body is larger than the limit",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "code": "unsupported_media_type",
                     *       "detail": "The request body has a content type this endpoint does not accept",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Precondition required */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "code": "precondition_required",
                     *       "detail": "If-Match with the current ETag is required",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks/no-such-record"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription with its new secret */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    /** @description The version of what was answered. Send it in `If-None-Match` to read again cheaply (304 while unchanged), or in `If-Match` to change the record only if no one else did. */
                    ETag: string;
                    Location: components["headers"]["Location"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks/no-such-record/secret",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks/no-such-record/secret"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/webhooks/no-such-record/secret",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks/no-such-record/secret"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks/no-such-record/secret"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks/no-such-record/secret"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription id */
                id: string;
                /** @description The delivery id */
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the delivery, due now */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid request parameter */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-parameter",
                     *       "title": "Invalid request parameter",
                     *       "status": 400,
                     *       "code": "invalid_parameter",
                     *       "detail": "limit must be an integer from 1 to 100",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry",
                     *       "errors": [
                     *         {
                     *           "in": "query",
                     *           "name": "limit",
                     *           "message": "must be an integer from 1 to 100"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Missing or invalid credentials",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "An API key is required: Authorization: Bearer <key>",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "Program was not found",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry",
                     *       "errors": [
                     *         {
                     *           "in": "path",
                     *           "name": "id_or_slug",
                     *           "message": "not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "More than 600 requests a minute from this client; retry in 42 s",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/internal-error",
                     *       "title": "Internal server error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "An unexpected error occurred; it has been logged",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "code": "unavailable",
                     *       "detail": "The database is not available; try again shortly",
                     *       "instance": "/v1/webhooks/no-such-record/deliveries/no-such-record/retry"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    webhook_program_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes). */
                "webhook-timestamp": string;
                /** @description `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "program.created";
                    /**
                     * Format: date-time
                     * @description When the change was committed
                     */
                    timestamp: string;
                    data: {
                        /** @description The change feed seq (GET /v1/changes) */
                        seq: number;
                        /** Format: uuid */
                        program_id: string;
                        /** @description The program record after the change (as GET /v1/programs lists it) */
                        program: components["schemas"]["Program"] | null;
                    };
                };
            };
        };
        responses: {
            /** @description Retried later, after `Retry-After` when given */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Received: the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried later with exponential backoff */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other 4xx: the delivery fails and is not retried */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_program_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes). */
                "webhook-timestamp": string;
                /** @description `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "program.updated";
                    /**
                     * Format: date-time
                     * @description When the change was committed
                     */
                    timestamp: string;
                    data: {
                        /** @description The change feed seq (GET /v1/changes) */
                        seq: number;
                        /** Format: uuid */
                        program_id: string;
                        /** @description The program record after the change (as GET /v1/programs lists it) */
                        program: components["schemas"]["Program"] | null;
                    };
                };
            };
        };
        responses: {
            /** @description Retried later, after `Retry-After` when given */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Received: the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried later with exponential backoff */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other 4xx: the delivery fails and is not retried */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_program_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes). */
                "webhook-timestamp": string;
                /** @description `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "program.deleted";
                    /**
                     * Format: date-time
                     * @description When the change was committed
                     */
                    timestamp: string;
                    data: {
                        /** @description The change feed seq (GET /v1/changes) */
                        seq: number;
                        /** Format: uuid */
                        program_id: string;
                        /** @description Always null: the program is gone */
                        program: components["schemas"]["Program"] | null;
                    };
                };
            };
        };
        responses: {
            /** @description Retried later, after `Retry-After` when given */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Received: the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried later with exponential backoff */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other 4xx: the delivery fails and is not retried */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_accreditation_action_recorded: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes). */
                "webhook-timestamp": string;
                /** @description `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "accreditation.action_recorded";
                    /**
                     * Format: date-time
                     * @description When the change was committed
                     */
                    timestamp: string;
                    data: {
                        /** @description The change feed seq (GET /v1/changes) */
                        seq: number;
                        /** Format: uuid */
                        program_id: string;
                        /** @description The program record after the change (as GET /v1/programs lists it) */
                        program: components["schemas"]["Program"] | null;
                        action: {
                            /** @enum {string} */
                            action: "candidacy_granted" | "candidacy_expired" | "initial_accreditation_awarded" | "continuing_accreditation_awarded" | "progress_report_required" | "focused_review_assigned" | "placed_on_probation" | "placed_on_administrative_probation" | "probation_removed" | "accreditation_withheld" | "accreditation_withdrawn" | "voluntary_withdrawal" | "inactive_status_granted" | "reactivated" | "substantive_change_approved";
                            /** Format: date */
                            date: string;
                            note: string | null;
                            /** @enum {string|null} */
                            status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive" | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Retried later, after `Retry-After` when given */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Received: the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried later with exponential backoff */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other 4xx: the delivery fails and is not retried */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_accreditation_status_changed: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id: the same for every attempt of this event to this subscription. De-duplicate on it. */
                "webhook-id": string;
                /** @description Seconds since the Unix epoch when this attempt was signed; refuse ones far from your clock (5 minutes). */
                "webhook-timestamp": string;
                /** @description `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed by the base64-decoded part of the secret after `whsec_`. After a rotation, one signature per valid secret, space-separated: accept the request when any matches. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "accreditation.status_changed";
                    /**
                     * Format: date-time
                     * @description When the change was committed
                     */
                    timestamp: string;
                    data: {
                        /** @description The change feed seq (GET /v1/changes) */
                        seq: number;
                        /** Format: uuid */
                        program_id: string;
                        /** @description The program record after the change (as GET /v1/programs lists it) */
                        program: components["schemas"]["Program"] | null;
                        /** @enum {string} */
                        old_status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                        /** @enum {string} */
                        new_status: "candidacy" | "accredited" | "probation" | "administrative_probation" | "withheld" | "withdrawn" | "voluntary_withdrawal" | "inactive";
                    };
                };
            };
        };
        responses: {
            /** @description Retried later, after `Retry-After` when given */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Received: the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried later with exponential backoff */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other 4xx: the delivery fails and is not retried */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
