-- The language a stakeholder's input is written in, so that pages mark it (lang, dir) apart from
-- the negotiating text's. Inputs given before it was asked have none: they are read as written in
-- the negotiating language. Additive: a node of the previous release ignores the column.
ALTER TABLE negotiation_inputs ADD COLUMN lang TEXT;
