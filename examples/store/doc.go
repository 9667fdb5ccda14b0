// Package store is a worked example of keeping the library's values in a
// database through database/sql: programmes with their participants,
// budgets with their plans and ledgers, and social contracts. It runs on
// SQLite, embedded and with no server (the pure-Go driver
// modernc.org/sqlite), and on PostgreSQL when given a connection string
// (pgx's database/sql driver).
//
// Every value goes into a column the way the library defines its SQL
// form, so that the store needs no conversion code of its own:
//
//   - dates (integracja.Date, programme.BirthDate) as date columns;
//   - periods (integracja.Period) as daterange on PostgreSQL and its text
//     on SQLite: "[2019-06-01,2020-01-01)", the end excluded;
//   - amounts as an exact numeric column beside a char(3) currency
//     (budget.Money.Columns and budget.FromColumns), or in one column as a
//     money_amount composite "(1234.50,PLN)"; on SQLite, text, because
//     its numeric columns turn decimals into floats;
//   - counts by sex (indicator.Count) as a sex_count composite "(12,8,0)";
//   - a PESEL as text of eleven digits (personal data);
//   - every enum as text holding its stable code, never a number;
//   - the rest of a programme, participant, budget or contract as its JSON
//     document (jsonb on PostgreSQL), which is decoded strictly.
//
// The schemas are schema_postgres.sql and schema_sqlite.sql, created by
// [Store.CreateSchema]. The command cmd/roundtrip saves one programme and
// reads it back.
package store
