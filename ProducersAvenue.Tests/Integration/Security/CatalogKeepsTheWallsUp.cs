using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>What the system catalog must say after every migration (decision 080).</summary>
public sealed class CatalogKeepsTheWallsUp : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_table_has_row_level_security_enabled_and_forced_with_at_least_one_policy()
    {
        var unguarded = await _db.ListAsync<string>("""
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'auth')
              AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                       AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))
            """);

        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task No_security_definer_function_is_executable_by_public_or_without_a_pinned_search_path()
    {
        var open = await _db.ListAsync<string>("""
            SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prosecdef AND n.nspname IN ('public', 'auth')
              AND (has_function_privilege('public', p.oid, 'EXECUTE')
                   OR NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%'))
            """);

        Assert.Empty(open);
    }

    [Fact]
    public async Task The_app_and_jobs_roles_own_nothing_and_cannot_bypass_row_level_security()
    {
        var owned = await _db.ListAsync<string>("""
            SELECT 'table ' || c.oid::regclass::text FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('pa_app', 'pa_jobs')
            UNION ALL SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname IN ('pa_app', 'pa_jobs')
            UNION ALL SELECT 'schema ' || n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname IN ('pa_app', 'pa_jobs')
            UNION ALL SELECT 'BYPASSRLS ' || rolname FROM pg_roles WHERE rolname IN ('pa_app', 'pa_jobs') AND (rolbypassrls OR rolsuper)
            """);

        Assert.Empty(owned);
    }

    [Fact]
    public async Task The_approval_that_takes_a_reviewer_argument_is_executable_by_no_application_role()
    {
        var executable = await _db.ListAsync<string>("""
            SELECT r.rolname FROM pg_roles r
            WHERE r.rolname IN ('pa_app', 'pa_jobs')
              AND has_function_privilege(r.rolname, 'custom_field_request_apply_approval(uuid, uuid, text)', 'EXECUTE')
            """);

        Assert.Empty(executable);
    }
}
