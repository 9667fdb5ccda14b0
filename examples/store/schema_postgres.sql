-- The store's tables on PostgreSQL (15 or later).
--
-- Enums are text holding their stable codes, never numbers. Amounts are
-- numeric, exact to the grosz and beyond, beside a char(3) currency, or a
-- money_amount composite where one column holds both. Dates are date;
-- periods are daterange, the end excluded as PostgreSQL writes ranges.
-- Documents are jsonb in the module's JSON format, decoded strictly.

CREATE TYPE money_amount AS (amount numeric, currency char(3));
CREATE TYPE sex_count AS (women bigint, men bigint, unspecified bigint);

CREATE TABLE programme (
	id            text PRIMARY KEY,
	name          text NOT NULL,
	operator_kind text NOT NULL,      -- programme.OperatorKind
	period        daterange,
	participants  sex_count NOT NULL, -- the participants by sex
	document      jsonb NOT NULL      -- the rest of the programme
);

CREATE TABLE participant (
	programme_id text NOT NULL REFERENCES programme (id),
	seq          integer NOT NULL,
	id           text NOT NULL,
	sex          text NOT NULL,       -- indicator.Sex; "" when not given
	birth_date   date,                -- personal data
	document     jsonb NOT NULL,      -- the rest of the participant
	PRIMARY KEY (programme_id, seq),
	UNIQUE (programme_id, id)
);

CREATE TABLE budget (
	programme_id text PRIMARY KEY REFERENCES programme (id),
	name         text NOT NULL,
	period       daterange,
	planned      money_amount,          -- the total of the plan; NULL when it has none
	document     jsonb NOT NULL         -- the currency, categories, sources and figure map
);

CREATE TABLE budget_plan (
	programme_id text NOT NULL REFERENCES budget (programme_id),
	seq          integer NOT NULL,
	category     text NOT NULL,
	amount       numeric NOT NULL,
	currency     char(3) NOT NULL,
	PRIMARY KEY (programme_id, seq)
);

CREATE TABLE ledger_line (
	programme_id text NOT NULL REFERENCES budget (programme_id),
	seq          integer NOT NULL,
	spent_on     date,
	category     text NOT NULL,
	amount       numeric NOT NULL,
	currency     char(3) NOT NULL,
	description  text NOT NULL,
	document     text NOT NULL,
	source       text NOT NULL,
	PRIMARY KEY (programme_id, seq)
);

CREATE TABLE contract (
	number       text PRIMARY KEY,
	programme_id text REFERENCES programme (id),
	kind         text NOT NULL,       -- contract.Kind
	track        text NOT NULL,       -- contract.Track; "" for none
	state        text NOT NULL,       -- contract.State
	concluded_on date,
	period       daterange,           -- of the version in force
	client_pesel char(11),            -- personal data
	document     jsonb NOT NULL       -- the whole contract
);
CREATE INDEX contract_client_pesel ON contract (client_pesel);
