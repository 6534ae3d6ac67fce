-- A history line's phrase and parameters, so chat shows it in the reader's language; null for older lines.
alter table impediment_event add column args varchar(2000);
