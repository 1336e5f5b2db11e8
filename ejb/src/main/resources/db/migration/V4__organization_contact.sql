-- Kojo schema, version 4: contact details of an organisation, printed on its forms (変更書類).
-- Nullable: a contract without them prints empty boxes for the customer to fill in by hand.

ALTER TABLE organization ADD COLUMN representative VARCHAR(100);
ALTER TABLE organization ADD COLUMN address VARCHAR(200);
ALTER TABLE organization ADD COLUMN phone VARCHAR(20);
