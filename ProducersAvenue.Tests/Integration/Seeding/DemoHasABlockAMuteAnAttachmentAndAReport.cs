using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>The demo's safety rows (DemoSafety), read back through the services as the demo members.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoHasABlockAMuteAnAttachmentAndAReport(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Lena_lists_her_block_Nova_her_mute_and_Lena_receives_stems_she_may_download_and_has_reported_a_request()
    {
        var lena = await _db.ScalarAsync<Guid>("SELECT user_id FROM user_profiles WHERE username = 'lena_keys'");
        var nova = await _db.ScalarAsync<Guid>("SELECT muter_id FROM user_mutes");

        var block = Assert.Single((await _db.As(lena).Get<BlockService>().ListAsync()).Members);
        Assert.True(block.IsBlock);
        Assert.False(Assert.Single((await _db.As(nova).Get<BlockService>().ListAsync()).Members).IsBlock);

        var queries = _db.As(lena).Get<ConversationQueries>();
        var conversation = await _db.ScalarAsync<Guid>(
            "SELECT id FROM conversations WHERE NOT is_group AND participant_ids @> ARRAY[$1, $2]::uuid[]", lena, nova);
        var withFile = (await queries.HistoryAsync(conversation)).Messages.Single(m => m.Attachments is { Count: > 0 });
        Assert.Equal("night-drive-stems.zip", Assert.Single(withFile.Attachments!).Name);
        Assert.NotNull(await queries.AttachmentLinkAsync(withFile.Id, 0));

        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM reports WHERE reporter_id = $1 AND target_type = 'message' AND status = 'pending'", lena));
    }
}
