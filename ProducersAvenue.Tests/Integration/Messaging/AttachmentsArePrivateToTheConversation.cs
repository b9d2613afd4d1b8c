using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Messaging;

/// <summary>Attachments (decision 207) and link previews (decision 208) of messages.</summary>
public sealed class AttachmentsArePrivateToTheConversation : IAsyncLifetime
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8];
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = MessagingTestKit.Clock();
    private readonly CurrentUser _user = new();
    private readonly FakeLinkPreviewFetcher _previews = new();
    private TestDb _db = null!;
    private TestServices _services = null!;
    private Guid _ana, _bob, _eve, _conversation;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _ana = await _db.CreateUserAsync("ana");
        _bob = await _db.CreateUserAsync("bob");
        _eve = await _db.CreateUserAsync("eve");
        var root = Path.Combine(Path.GetTempPath(), "pa-message-tests", Guid.NewGuid().ToString("N"));
        // One provider for every member (the caller switches), so all links share one Data Protection key ring.
        _services = _db.Services(_user, _clock, new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = root,
            ["Messaging:AttachmentMaxBytes"] = "4096",
        }, services =>
        {
            services.AddSingleton<IMarkdownRenderer, FakeMarkdownRenderer>();
            services.AddSingleton<ILinkPreviewFetcher>(_previews);
        });
        _user.Set(_ana);
        _conversation = (await Conversations.StartDirectAsync(_bob)).Value;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private MessageAttachments Attachments => _services.Get<MessageAttachments>();
    private ConversationService Conversations => _services.Get<ConversationService>();
    private ConversationQueries Queries => _services.Get<ConversationQueries>();

    private async Task<Guid> SendZipAsync()
    {
        var upload = await Attachments.UploadAsync("stems.zip", new MemoryStream(Zip));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        var sent = await Conversations.SendAsync(_conversation, "", [upload.Value!]);
        Assert.True(sent.Succeeded, sent.FirstError?.Message);
        return sent.Value;
    }

    [Fact]
    public async Task Participants_download_an_attachment_and_anyone_else_gets_no_link()
    {
        var message = await SendZipAsync();

        _user.Set(_bob);
        var view = Assert.Single((await Queries.HistoryAsync(_conversation)).Messages);
        var file = Assert.Single(view.Attachments!);
        Assert.Equal("stems.zip", file.Name);
        Assert.False(file.IsImage);
        Assert.Equal($"/messages/attachments/{message}/0", file.Url);
        var link = await Queries.AttachmentLinkAsync(message, 0);
        Assert.NotNull(link);
        var opened = await _services.Get<PrivateFiles>().OpenAsync(link![PrivateFiles.LinkPrefix.Length..]);
        Assert.NotNull(opened);
        Assert.Equal("stems.zip", opened!.DownloadName); // saved under the name it was sent with
        await opened.Content.DisposeAsync();
        Assert.Null(await Queries.AttachmentLinkAsync(message, 1));

        // Someone outside the conversation: no link (the endpoint answers 404), and the file itself refuses them.
        _user.Set(_eve);
        Assert.Null(await Queries.AttachmentLinkAsync(message, 0));
        var key = await _db.ScalarAsync<string>("SELECT attachment_urls[1] FROM messages WHERE id = $1", message);
        Assert.Null(await _services.Get<PrivateFiles>().LinkAsync(key!));
    }

    [Fact]
    public async Task Files_whose_bytes_lie_about_their_type_and_files_over_the_limit_are_refused()
    {
        var lying = await Attachments.UploadAsync("stems.zip", new MemoryStream("<html>not a zip</html>"u8.ToArray()));
        Assert.Equal("messaging.attachment_bytes", lying.FirstError?.Code);
        Assert.Equal(MessageAttachments.Field, lying.FirstError?.Field);
        var fakeImage = await Attachments.UploadAsync("photo.png", new MemoryStream([.. TestImages.PngSignature, 1, 2, 3, 4]));
        Assert.Equal("messaging.attachment_bytes", fakeImage.FirstError?.Code);
        var program = await Attachments.UploadAsync("setup.exe", new MemoryStream(Zip));
        Assert.Equal("messaging.attachment_type", program.FirstError?.Code);
        var large = await Attachments.UploadAsync("big.zip", new MemoryStream([.. Zip, .. new byte[5000]]));
        Assert.Equal("messaging.attachment_too_large", large.FirstError?.Code);

        var image = await Attachments.UploadAsync("photo.png", new MemoryStream(TestImages.Png(40, 30)));
        Assert.True(image.Succeeded, image.FirstError?.Message);
        Assert.True(image.Value!.IsImage);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task A_message_cannot_carry_someone_elses_upload()
    {
        var upload = (await Attachments.UploadAsync("stems.zip", new MemoryStream(Zip))).Value!;
        _user.Set(_bob);
        Assert.Equal(MessagingErrors.AttachmentInvalid, (await Conversations.SendAsync(_conversation, "mine now", [upload])).FirstError);
        Assert.Equal(MessagingErrors.AttachmentInvalid,
            (await Conversations.SendAsync(_conversation, "made up", [upload with { Key = $"private-message/{_bob:N}/2026/12/none.zip" }])).FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM messages"));
    }

    [Fact]
    public async Task A_link_in_a_message_gets_a_preview_card()
    {
        var sent = await Conversations.SendAsync(_conversation, "listen: https://music.example/track/42.");
        Assert.True(sent.Succeeded, sent.FirstError?.Message);

        Assert.Equal(new[] { "https://music.example/track/42" }, _previews.Requested);
        _user.Set(_bob);
        var card = Assert.Single((await Queries.HistoryAsync(_conversation)).Messages).LinkPreview;
        Assert.NotNull(card);
        Assert.Equal("Preview title", card!.Title);
        Assert.Equal("music.example", card.Host);
    }

    [Fact]
    public async Task A_link_in_a_send_that_is_refused_is_not_fetched()
    {
        _user.Set(_eve); // not a participant
        var stranger = await Conversations.SendAsync(_conversation, "see https://victim.example/a");
        _user.Set(_ana);
        for (var i = 0; i < 30; i++) Assert.True((await Conversations.SendAsync(_conversation, $"message {i}")).Succeeded);
        var tooFast = await Conversations.SendAsync(_conversation, "see https://victim.example/b");

        Assert.Equal(MessagingErrors.ConversationNotFound, stranger.FirstError);
        Assert.Equal(MessagingErrors.SendingTooFast(30), tooFast.FirstError);
        Assert.Empty(_previews.Requested); // a refused send makes no request to another site
    }
}
