using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// One web app (<see cref="AppFactory"/>) on one database for all the tests of a class (<c>IClassFixture&lt;ClassWebApp&gt;</c>),
/// for classes whose tests write nothing another test of theirs reads: a fresh app and database per test cost ~0.8 s of the
/// serial lane each, mostly the app's start (decision 242). A theory's rows share a member through <see cref="MemberAsync"/>.
/// </summary>
public class ClassWebApp : IAsyncLifetime
{
    private readonly Dictionary<string, ApplicationUser> _members = new(StringComparer.Ordinal);

    public TestDb Db { get; private set; } = null!;
    public AppFactory App { get; private set; } = null!;

    /// <summary>Configuration for the app, as <see cref="AppFactory"/> takes it.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        App = new AppFactory(Db, Settings);
    }

    /// <summary>The member named <paramref name="username"/>, made by the first test that asks (as <see cref="AppFactory.CreateMemberAsync"/>).</summary>
    public async Task<ApplicationUser> MemberAsync(string username, string? email = null)
    {
        if (!_members.TryGetValue(username, out var member))
            _members[username] = member = await App.CreateMemberAsync(username, email);
        return member;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
