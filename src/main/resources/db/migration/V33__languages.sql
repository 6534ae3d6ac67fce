-- A person's own language for what Steward writes to them alone; null means their team's. Kept on each of their
-- memberships, which /standup language sets together.
alter table member add column language varchar(8);
