using System.Net;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

/// <summary>
/// Decision 239: while a renamed member's old username is held, <c>/u/old</c> (an old mention, a shared link) opens their
/// profile under the new name; a closed account's held name, and a name nobody left, are not found.
/// </summary>
public sealed class AnOldNameLeadsToTheRenamedMember : WebAppTest
{
    [Fact]
    public async Task An_old_name_is_sent_on_to_the_new_one_with_its_tab_and_a_closed_accounts_name_is_not_found()
    {
        var renamed = await App.CreateMemberAsync("before_rename");
        var closed = await App.CreateMemberAsync("closed_name");
        await Db.ExecuteAsync("UPDATE user_profiles SET username = 'after_rename' WHERE user_id = $1", renamed.Id);
        await Db.ExecuteAsync("DELETE FROM user_profiles WHERE user_id = $1", closed.Id);
        using var visitor = FormClient.For(App);

        using var old = await visitor.Http.GetAsync("/u/Before_Rename?tab=posts");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/u/after_rename?tab=posts", FormClient.Target(old).PathAndQuery);

        using var gone = await visitor.Http.GetAsync("/u/closed_name");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var never = await visitor.Http.GetAsync("/u/never_named");
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }
}
