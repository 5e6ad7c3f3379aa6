-- Copies one person's data (a template logged through the API) to people 1 … N on the server itself, and gives each
-- person N (the template is person 0) a session and an API token the benchmark can sign in with:
--   session cookie scale-session-N, API token scale-token-N (stored, as the app stores them, as SHA-256 hex).
-- Every column of every table holding a person's data is copied, whatever the schema's version: ids, owner ids, user
-- ids and product ids get the suffix -pN, so every row stays unique and points at the copy's own rows; emails are
-- personN@scale.example; only the template is the owner account. A trial is copied to one person in ten.

CREATE OR REPLACE FUNCTION scale_clone_people(template text, first_person int, last_person int) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    tables text[] := ARRAY['owners', 'profiles', 'owner_settings', 'reminder_settings', 'region_starts', 'users',
        'day_logs', 'episodes', 'food_intakes', 'supplement_products', 'supplement_intakes', 'medicines', 'symptoms',
        'imported_day_values', 'red_flag_acknowledgements', 'trials'];
    name text;
    columns text;
    copies text;
    added bigint;
    total bigint := 0;
BEGIN
    FOREACH name IN ARRAY tables LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position),
               string_agg(CASE
                   WHEN column_name IN ('id', 'owner_id', 'user_id', 'product_id') THEN format('x.%I || ''-p'' || n', column_name)
                   WHEN name = 'users' AND column_name = 'email' THEN '''person'' || n || ''@scale.example'''
                   WHEN name = 'users' AND column_name = 'display_name' THEN '''Person '' || n'
                   WHEN name = 'users' AND column_name IN ('is_owner', 'is_admin') THEN 'false'
                   ELSE format('x.%I', column_name) END, ', ' ORDER BY ordinal_position)
          INTO columns, copies
          FROM information_schema.columns WHERE table_schema = 'public' AND table_name = name;
        IF columns IS NULL THEN CONTINUE; END IF;
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I x, generate_series($2, $3) n WHERE x.%I = $1%s',
            name, columns, copies, name, CASE name WHEN 'owners' THEN 'id' ELSE 'owner_id' END,
            CASE name WHEN 'trials' THEN ' AND n % 10 = 0' ELSE '' END)
          USING template, first_person, last_person;
        GET DIAGNOSTICS added = ROW_COUNT;
        total := total + added;
    END LOOP;
    PERFORM scale_sign_in(template, first_person, last_person);
    RETURN total;
END $$;

CREATE OR REPLACE FUNCTION scale_sign_in(template text, first_person int, last_person int) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, created_at)
    SELECT encode(sha256(convert_to('scale-session-' || n, 'UTF8')), 'hex'),
           CASE n WHEN 0 THEN u.id ELSE u.id || '-p' || n END, 'scale-csrf-' || n, 4102444800, u.created_at
      FROM users u, generate_series(first_person, last_person) n WHERE u.owner_id = template;
    INSERT INTO api_tokens (id, user_id, name, token_hash, created_at)
    SELECT 'scale-token-' || n, CASE n WHEN 0 THEN u.id ELSE u.id || '-p' || n END, 'scale benchmark',
           encode(sha256(convert_to('scale-token-' || n, 'UTF8')), 'hex'), u.created_at
      FROM users u, generate_series(first_person, last_person) n WHERE u.owner_id = template;
END $$;
