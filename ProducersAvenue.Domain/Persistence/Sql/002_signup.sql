-- When an Identity user is inserted (auth.users), create its profile, a basic subscription and a wallet.
-- The username comes from the registration (auth.users.user_name); one that does not fit the rules or is
-- taken (only possible for users not created through the sign-up form) falls back to the email's local part.
CREATE OR REPLACE FUNCTION handle_new_user() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_username text := lower(coalesce(NEW.user_name, ''));
BEGIN
  IF v_username !~ '^[a-z0-9_.]{3,30}$' OR EXISTS (SELECT 1 FROM user_profiles WHERE username = v_username) THEN
    v_username := left(regexp_replace(lower(split_part(coalesce(NEW.email, 'member'), '@', 1)), '[^a-z0-9_.]', '', 'g'), 20);
    IF length(v_username) < 3 THEN v_username := 'member'; END IF;
    v_username := v_username || '_' || substr(md5(NEW.id::text), 1, 6);
  END IF;

  INSERT INTO user_profiles (user_id, username, location_visibility) VALUES (NEW.id, v_username, 'city');
  INSERT INTO subscriptions (user_id, tier, status) VALUES (NEW.id, 'basic', 'active');
  INSERT INTO wallets (user_id) VALUES (NEW.id);
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS trg_users_after_insert ON auth.users;
CREATE TRIGGER trg_users_after_insert AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION handle_new_user();
