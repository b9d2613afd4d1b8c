using System.Buffers.Text;
using System.Net;
using Microsoft.AspNetCore.Identity;
using ProducersAvenue.Domain.Accounts;

namespace ProducersAvenue.Tests.Integration.Accounts;

/// <summary>
/// A passkey's Delete removed it at once. The settings page is static (no dialog), so Delete asks on the page, naming
/// the passkey; only the second post removes it, and "Keep it" leaves it.
/// </summary>
public sealed class DeletingAPasskeyAsksFirst : WebAppTest
{
    private static readonly byte[] CredentialId = [1, 2, 3, 4, 5, 6, 7, 8];

    private async Task<ApplicationUser> MemberWithAPasskeyAsync()
    {
        var member = await App.CreateMemberAsync("passkey_owner");
        await using var scope = App.Scope();
        var users = scope.Get<UserManager<ApplicationUser>>();
        var passkey = new UserPasskeyInfo(CredentialId, [9, 9, 9], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [1], [2]) { Name = "Studio laptop" };
        Assert.True((await users.AddOrUpdatePasskeyAsync((await users.FindByIdAsync(member.Id.ToString()))!, passkey)).Succeeded);
        return member;
    }

    private async Task<int> PasskeysAsync(Guid userId)
    {
        await using var scope = App.Scope();
        var users = scope.Get<UserManager<ApplicationUser>>();
        return (await users.GetPasskeysAsync((await users.FindByIdAsync(userId.ToString()))!)).Count;
    }

    [Fact]
    public async Task The_first_delete_asks_and_the_confirmation_deletes()
    {
        var member = await MemberWithAPasskeyAsync();
        using var client = FormClient.For(App);
        await client.SignInAsync("passkey_owner");
        var id = Base64Url.EncodeToString(CredentialId);

        using var asked = await client.SubmitAsync("/Account/Manage/Passkeys", $"update-passkey-{id}", new Dictionary<string, string> { ["Action"] = "delete" });
        var question = await asked.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Delete the passkey “Studio laptop”?", question);
        Assert.Contains("Keep it", question);
        Assert.Equal(1, await PasskeysAsync(member.Id));

        var confirm = FormClient.HiddenFields(question, "confirm-delete-passkey");
        confirm["Action"] = "confirm-delete";
        using var deleted = await client.Http.PostAsync("/Account/Manage/Passkeys", new FormUrlEncodedContent(confirm));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await PasskeysAsync(member.Id));
        using var stillIn = await client.Http.GetAsync("/Account/Manage/Passkeys");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Contains("No passkeys are registered.", await stillIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Asking_to_delete_a_passkey_that_is_not_yours_changes_nothing()
    {
        var member = await MemberWithAPasskeyAsync();
        using var client = FormClient.For(App);
        await client.SignInAsync("passkey_owner");
        var fields = FormClient.HiddenFields(await client.PageAsync("/Account/Manage/Passkeys"), $"update-passkey-{Base64Url.EncodeToString(CredentialId)}");
        fields["Action"] = "delete";
        fields["CredentialId"] = Base64Url.EncodeToString([42, 42]);

        using var asked = await client.Http.PostAsync("/Account/Manage/Passkeys", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(1, await PasskeysAsync(member.Id));
    }
}
