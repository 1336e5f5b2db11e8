-- Inquiry (照会): a list is compared with the previous cycle of the same kind by person and product, with a join
-- per line; this index makes that join a lookup instead of a scan of the previous cycle.
CREATE INDEX ix_line_person_cycle ON deduction_line (person_id, cycle_id, product_code);
