CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE FUNCTION public.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER strategies_touch BEFORE UPDATE ON research.strategies
    FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE VIEW research.recent_strategies AS
    SELECT id, name, created_at FROM research.strategies WHERE created_at > now() - interval '30 days';
