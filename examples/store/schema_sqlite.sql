-- The store's tables on SQLite, the same as on PostgreSQL
-- (schema_postgres.sql) in the types SQLite has.
--
-- Amounts are text: a numeric column of SQLite turns "0.10" into a
-- float, which loses amounts. Periods, the money_amount and sex_count
-- composites and the documents are text in the forms PostgreSQL writes.
-- Dates are date columns holding 2006-01-02, which the driver hands back
-- as a time.Time at midnight. Enums are text holding their stable codes.

CREATE TABLE programme (
	id            text PRIMARY KEY,
	name          text NOT NULL,
	operator_kind text NOT NULL,
	period        text,
	participants  text NOT NULL,
	document      text NOT NULL
);

CREATE TABLE participant (
	programme_id text NOT NULL REFERENCES programme (id),
	seq          integer NOT NULL,
	id           text NOT NULL,
	sex          text NOT NULL,
	birth_date   date,
	document     text NOT NULL,
	PRIMARY KEY (programme_id, seq),
	UNIQUE (programme_id, id)
);

CREATE TABLE budget (
	programme_id text PRIMARY KEY REFERENCES programme (id),
	name         text NOT NULL,
	period       text,
	planned      text,
	document     text NOT NULL
);

CREATE TABLE budget_plan (
	programme_id text NOT NULL REFERENCES budget (programme_id),
	seq          integer NOT NULL,
	category     text NOT NULL,
	amount       text NOT NULL,
	currency     text NOT NULL,
	PRIMARY KEY (programme_id, seq)
);

CREATE TABLE ledger_line (
	programme_id text NOT NULL REFERENCES budget (programme_id),
	seq          integer NOT NULL,
	spent_on     date,
	category     text NOT NULL,
	amount       text NOT NULL,
	currency     text NOT NULL,
	description  text NOT NULL,
	document     text NOT NULL,
	source       text NOT NULL,
	PRIMARY KEY (programme_id, seq)
);

CREATE TABLE contract (
	number       text PRIMARY KEY,
	programme_id text REFERENCES programme (id),
	kind         text NOT NULL,
	track        text NOT NULL,
	state        text NOT NULL,
	concluded_on date,
	period       text,
	client_pesel text,
	document     text NOT NULL
);
CREATE INDEX contract_client_pesel ON contract (client_pesel);
