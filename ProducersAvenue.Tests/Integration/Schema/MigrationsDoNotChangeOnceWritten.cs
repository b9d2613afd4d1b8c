using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

/// <summary>
/// A migration means the same thing forever (docs/decisions/012): its hand-written SQL is pinned here by hash, and a
/// database migrated one step at a time ends with the same catalog as one migrated from empty in one go.
/// </summary>
public sealed class MigrationsDoNotChangeOnceWritten
{
    /// <summary>
    /// SHA-256 of each migration's raw SQL operations, recorded when the migration was written. A new migration adds
    /// its line (the failure message prints it); an existing line never changes — write a new migration instead.
    /// </summary>
    private static readonly Dictionary<string, string> Recorded = new()
    {
        ["20261125030736_InitialSchema"] = "eeebb3c94c27c416e90873f952f6fcaa5bd4b4bce9c219732cb275e443647791",
        ["20261125032348_MemberSearchIndexes"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ["20261125040941_RestrictedAuthorsIndex"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ["20261130134500_RowLevelSecurity"] = "cfc786ccb102a5768eb47d10b05fad587e06a95fd45e1472d1644bf367afb169",
        ["20261130134622_FollowCountersLockInOrder"] = "654c580b5a377ea1c8c21dc2232e79f9718cfeac864a99a351740faa48e560c8",
        ["20261130135500_HashtagRuleDigitsAndMarks"] = "76a5cf4471075e800f4341c3645482981d481c483034e9c43c54c93c58e3113c",
        ["20261130140212_DocumentCountersAndDefaults"] = "874f2751ba63a13cd8acdca427b6fea8230c037484e929d388725fab543f1dc0",
        ["20261130140500_MemberSearchByPlace"] = "d98ca0d9a681897eaa7b6b04b1cc6eaad2cc34c9b0318d9c35f471d9869edc63",
        ["20261130142207_DocumentIndexes"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ["20261130152000_ProfileGateAndOwnOnboardingClaims"] = "c36783fbdb46e594b03b90639fa052b34eedac0593fe8a5a6d0fdb9607390596",
        ["20261130152500_CloseAccount"] = "16ef35a7a924041568862f8fec1375addafca32b29c237b276dff589ba712694",
        ["20261130163000_OneSlugRule"] = "e0ea6af0a56320e3d12dd5eebaa7be1568b0b076768910964ee10e728e644187",
        ["20261130163100_TagUsageByTrigger"] = "52e04a61e014da0b496091b6da617278d5839ea51853f81af1ef5a15dbe5dc22",
        ["20261130163200_OneConnectedRule"] = "d81633802e52aec19d7eb91693ada7b84e2e62c43aaa36a25ce498184cbf6f9e",
        ["20261130165104_FastPolicies"] = "57b9fad5b1534bfbdd1136ea5ac56297e6f34e250e4ac786617c9a6852bc3f6f",
        ["20261130180000_ConnectedRuleInFastPolicies"] = "1e85e1936a8ebbce4599b55e20534d3716807325178c0ea07ab3da1c3c399f67",
        ["20261130201000_AudioPostsAndWaveforms"] = "18d528a9ded9af7370cf45dfc365a17b0bc383d5caf26395e2fe5099abda2f87",
        ["20261130202000_ListedProductsCountAndTags"] = "4debd7c323165d90e9096b0f2bf808140308678726c35dc89df39b52cd90b652",
        ["20261130202100_ProductViewsOncePerDay"] = "efd11e667272ec5de18b579ef98bca9534b33f9c1fdcb1c45adf565561e7f23d",
        ["20261130202200_ProductsGuardModerationAndCounters"] = "a681e9fdf10a56c00fdb3fcdd2d333a85307c7b55f09b48476af9aa09b463db6",
        ["20261130203000_ProductAcquisitions"] = "e8b3e0a3acbe328a6a970041621d75c858a70c79cfbf7779d87629d98c815337",
        ["20261130204000_ServiceListings"] = "9337c36b8cabfa2663955681500c2882c35178ac739b5a37e039afb93f179688",
        ["20261130210000_StorefrontIndexes"] = "27fe6bbe878595376e4c8f91a83350d3fe4d9991e76f0c6920a544afadedf964",
        ["20261201000500_StorefrontReadsListedViews"] = "a2fc855b3214bb88e5f6c5c55f6ef7c38724623381b85808e6fc22e063e1ee21",
        ["20261201010000_VerifiedReviews"] = "b613cab6d2258de49a52d34593e415d2d0b044c8d68174ca2245ecc16ea00508",
        ["20261201020000_FeaturedListings"] = "eb2a8512e0d654c1ba98908047ce9362a73d168cad1357d733e441f2c437b37e",
        ["20261201040000_OrdersGuard"] = "bbab8c4b0f5adf1463a0493a2665fb51da1a25e62bd4b38a0a49f52db258b573",
        ["20261201041000_ServicesGuardCounters"] = "1deceaceec3df188d0933ff4e744ed9a91015dcdded7037f6a3041ef8333ee09",
        ["20261201060000_Ledger"] = "68a655610bc5c1590929d753e811f224339f291533c3781043b33de97ea94f1b",
        ["20261201061000_RefundsRevokeAcquisitions"] = "7d1e410cdf57d0a5b601587dc7127563636156eaa81301b7817cb9dce6b2a72c",
        ["20261201062000_PlanChangesAndBilling"] = "c6d3b701da4f506deb237fcace518942ae38aa4fed262632cd019da78ec5a8d3",
        ["20261201100000_Messaging"] = "84117bf37007a5cfc13cc2867aa1e990655d563229436ed6c154a03551706f8f",
        ["20261201120000_OrderFlow"] = "73f9ad615a385f2120640af99267d9dc8bbb79bb714bfa2227bfef9f3c9aaa8b",
        ["20261201121000_BlocksAndMutes"] = "d45091ed9c8f5715b4863432d176bfb9816d37f43632e37c594bf954e2cc4ebe",
        ["20261201121100_ReportConversations"] = "55b64b1e922e13d42ad3923e0ca02d7d0fbe1e382bccd5413379b651ca769f8a",
        ["20261201121200_MessageAttachmentsAndLinkPreviews"] = "621791a1edcb62fd7f5532bf82cfa083815ec40d91364b6b2bfdbb5db17b24f4",
        ["20261201122000_NotificationPreferences"] = "9380b47ae0999e8b8f3efe8f47b5ae65686438efe3efcc7e9dab7be7d3e73cd1",
        ["20261201123000_PayoutRecipient"] = "f186c94ad8411e614c764c2b30cd66b12ddd3ea590b5c8b63254f19dfcf5d105",
        ["20261201124000_SellerDebtsAndDisputes"] = "0e0a06b2a270c6858ee353122c6cad392629c20db9d88abb96bb71d34d867684",
        ["20261201125000_NotificationPreferencesUpdatedAt"] = "0323196c696102b5d7c34116bd747bf0b942d193cda21931a30a4deaed5a78aa",
        ["20261201130000_OrderConversations"] = "d6014714247e68211482acaee3ea6865e6574bbd8d835254bab4320b2478118c",
        ["20261201131000_OrdersPlacedOnlyWhenPaid"] = "75b0799054d89e4fd0322209eaef451cdba06135478a85c370ead41f571e4f67",
        ["20261201132000_CustomValueApprovalsNotifyThroughTheApp"] = "86c3707902a9b0d6df2d5a5bbcf341434c59c24c1e1b0f040c67f008bee4a613",
        ["20261201133000_DropPayoutRecipient"] = "baebd2847af948dcf641fe1d3321753d844095b43aa9aa4d39345c839ca40cbc",
        ["20261201134000_PaypalVerificationLimit"] = "31970fd72502d13f7839a211fe7ac20ef6bda2664e853e33bf99ad09d78b4a73",
        ["20261201140000_HiddenAuthorsAsOneSetQuery"] = "236b51702e386272fdee31cdfc272bbd31da8767dcf2c746544e61be80fae769",
        ["20261201141000_VisiblePostsView"] = "dd057e03aa3b7197640f135b6e941aa99effc7494c026f9d606fb73f71779ec5",
        ["20261201160000_ProfileRestrictionsView"] = "b31ecc08794211dede54a689f0464b12b4f8d2b39397330e979252cf382c3891",
        ["20261202010000_PostsKnowTheirAuthorsVisibility"] = "a48f2fd6685630763253faadddd46adb2ad9b1291b9410d2141672aee94db336",
        ["20261202020000_ProfileFeedIndex"] = "83d8b693d4d9111e615d5e0b8d9ce98163f26c93b9a01e83a1b95dfb011cb804",
        ["20261202030000_VisibilityChecksKeepTheirPlans"] = "8251600151ceee51031e6d538b6d18b900139cd8224810d47ae673e042b3643f",
        ["20261202040000_MemberCards"] = "601b12c083d8938e642ff930b8403862d8bfed8c4e5aea8149352031951b688c",
        ["20261202050000_PublicTagCount"] = "d3a6264584cb892220ee8b25806cdaf2a17f2b05214b1efc7d72920427b1ac02",
        ["20261202060000_StorefrontKeyWalksNewest"] = "f726480aba5e9265fc8828e717c28aa264ad1cf4bea85577aaa6484e8a2de80a",
        ["20261203010000_VisibleCommentsView"] = "a07120ed769cce7c0151259c8433ea683e1ae4354e8a38abc194f5df61d0909b",
        ["20261204010000_ServiceViewsOncePerDay"] = "c17947e95e0ecea80b27f79f885a26a2477df2c9437b06254ef128aedde90e66",
        ["20261204020000_ProductLikesKeepUpdatedAt"] = "dd1c83d8a01c6718277a7bac20fcd6b2268bffdaf770ea4a10b17d033113f9de",
        ["20261204030000_ListingFacets"] = "271e13a720fdcd398bc3fc25bd3da266f17c5c580ebf15a905b15f43626a881a",
        ["20261205010000_OrderEventFiles"] = "416e32df6fc3f766a5c48dbbf9c636070f00a3e6cabaa712db8b9414064e5940",
        ["20261205050000_MessagesEditedAt"] = "73016ff5ca75ecda860cba1e29f093062f4895f7dfd934537ef0ac235e5d2532",
        ["20261205060000_PurchaseOfAnOwnedProduct"] = "5d4bdeb4a3383c224d73d98917822e2ad645676bc66adaf99c55b3b4e9acbadf",
        ["20261205070000_ProfilesByFollowers"] = "dbe17603955a6f723d5b841b797443c6857215071ff4e30258b299dbc58ae00c",
        ["20261205080000_ServiceTakesOrders"] = "1b151bb113110b06fa2b21905c542370d2dc4e7fc61057efd357284416c6c04c",
        ["20261205090000_UsernameLookalikes"] = "0e077e9a4bc01870f4a2a1570d4850c0cca963246ad3a8924b3c66ba74173147",
        ["20261205100000_OrdersNameTheirService"] = "025bf6d2bcd15783769031da064780eb7f65ddf696c4adc8915debf55b6ed3cf",
        ["20261206010000_OrderFileNames"] = "1ac1164d473fc61626d19ffe51d35dbbb4abafc3f72137dcac3c1a0ba76f0b0c",
        ["20261206020000_PaymentsSeeBlocks"] = "c492bce9ba1b4cb63942cf4699a76d2e45531370c8b01b0de7fa249826616654",
        ["20261206030000_ProductFileNames"] = "80d799f29be6c154d54e00fc21323e89c8b56839bbcc74d5202b2ad3b184d791",
        ["20261206040000_BlocksClearSocialNotifications"] = "e3cbf65a3a99da7934ecd996856cf85ab663f9e945598a8b986674ad3c7661b7",
        ["20261206050000_ClosingAnAccountTakesItsNotifications"] = "0fb93357fd96bdaf8f6ce71b7cf3f783d45e98677e5dd8a53afbc19d4ffc450a",
        ["20261206060000_RetiredUsernames"] = "93c7950a95e6d8cda366809b716abe28cb4632eb6a3fd8054dea5f2cccbca500",
        ["20261206070000_PostsAndCommentsSayWhenEdited"] = "e82b308d9f04b30c56af7467130f2b2f79fc63d967f674360c302e33d33291f2",
        ["20261206090000_CancellationRequestsCanBeTakenBack"] = "0d117b755fd103959f9f0c8ac9898721ee2ed1e913e80f1723e4715b92aebcef",
        ["20261206120000_WithdrawnListingsAreNotGranted"] = "62fd61f086efcaab8b43cf7114b37191ae380a9503ec851366ed69550eba1386",
        ["20261206130000_OwnersReadTheProductsTheyHold"] = "ffc187852a56b872d99cf25b660e1fadc6ef6f4dd6238636e75273441c138c61",
        ["20261206140000_ProductKinds"] = "77ae2447a8316b7e9ed0d369e63180b8b01ff79be45beac449df15cdd9493ed7",
        ["20261206150000_ProductFileUpdates"] = "cac0dd10d33ed06976ebb079746abd331d1a6ec318089feba398d5a2928e4425",
        ["20261206220000_LibraryFileNames"] = "09c1eb2b5f389b015424e7d845e26cce2cf29b4b1bde54e62d35e07be543aa9a",
        ["20261207100000_ExclusiveLicencesStaySold"] = "4be4b7247ad3ff38bf7b8db167ce3000b24caf2da09f4a1e1bb284e8b8b033e3",
        ["20261207110000_CommentsByAuthorAndTime"] = "ef9b94359a4744ccb68efb897305f84bbe42acd98d262ce455cc3e78e67507db",
        ["20261207120000_RefundedReviewsAreNotVerified"] = "0a540b5631cf0bee3fb034c1145c3393651bc29bd0977c368859a1ef2d826ff9",
        ["20261207130000_ProductTitlesByCase"] = "e951826a263ce406adff6186031fa1a4e37ff290ce77b7eff09602dbef307d14",
        ["20261207140000_ListingsAreFoundByTagsAndGenres"] = "369a9de8a90d553d9511227b5476889811145547de3b9e1544db8605f85aa216",
        ["20261207150000_BlocksSetRequestsAside"] = "b7e64940dade2690217a2090c4468dcedeceb0d9d942ea53c586b5a90c5ee351",
        ["20261207160000_RenamedProfilesLeadOn"] = "75bc07d922f375fa49110911ebba65d4018649b083e8a9edce8318e2ba48d74d",
        ["20261207170000_OwnFollowListsNameEveryone"] = "6a622d79bf04975cba83e544f384d6f8819357a17207b6d81e87658bde0c0419",
        ["20261207180500_DeletedContentTakesItsNotifications"] = "ef2ae011e7371e61a4d1369b609e4ca77259ceb410055107743f11e9ba62c354",
        ["20261207181500_MutesSilenceNotifications"] = "0e21d4fc12fc084fec07e3ad1352163e39eba012941205ba994663085e1f8cb4",
        ["20261208000500_PaymentsGivenBackArePosted"] = "57a8318f219c55b2528301b67a262644687e9c1c8d036d68adae020be391c391",
        ["20261207182500_EmailsNameTheirUnsubscribeLink"] = "637a529d01e9ccf3116a5d3c33561a351d474874e4f589f6c3f9fc92abc87028",
        ["20261208010000_MessageEmailsWaitForUnread"] = "4ae857e8c080bf403adc0711ced1755dca751cb9c6289fca9e68d905dc227c98",
        ["20261205040000_SellersDoNotMarkTheirReviewsHelpful"] = "55fa125efcdabf450f475a892f47ddf744c30ee8ce122259bb195554064a316f",
        ["20261205030000_ProductsPriceFrom"] = "b33c2f677ed702a304d6170e8dad5f4be2dc22e89fb4152fadf4a2ffa2d43696",
        ["20261205020000_NotificationsOncePerActor"] = "89258d9e07f0c97ff5017533c3194cd2f36e50bd763e217e1a1622442de9b0d7",
    };

    [Fact]
    public void Every_migration_keeps_the_sql_it_was_written_with()
    {
        using var db = OfflineContext();
        var migrations = db.GetService<IMigrationsAssembly>();
        var problems = new List<string>();
        foreach (var (id, type) in migrations.Migrations)
        {
            var hash = SqlHash(migrations.CreateMigration(type, db.Database.ProviderName!));
            if (!Recorded.TryGetValue(id, out var recorded))
                problems.Add($"{id} is not recorded: add [\"{id}\"] = \"{hash}\",");
            else if (recorded != hash)
                problems.Add($"{id} changed after it was written (recorded {recorded}, now {hash}): undo the edit and write a new migration.");
        }
        problems.AddRange(Recorded.Keys.Except(migrations.Migrations.Keys).Select(id => $"{id} is recorded but no longer exists."));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_database_migrated_step_by_step_has_the_catalog_of_one_migrated_at_once()
    {
        var atOnce = await EmptyDatabaseAsync();
        var stepwise = await EmptyDatabaseAsync();
        try
        {
            await using (var db = OwnerContext(atOnce)) await db.Database.MigrateAsync();
            await using (var db = OwnerContext(stepwise))
            {
                var migrator = db.GetService<IMigrator>();
                foreach (var id in db.Database.GetMigrations()) await migrator.MigrateAsync(id);
            }

            var expected = await CatalogAsync(atOnce);
            var actual = await CatalogAsync(stepwise);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
        finally
        {
            await TestDatabase.DropAsync(atOnce);
            await TestDatabase.DropAsync(stepwise);
        }
    }

    private static string SqlHash(Migration migration)
    {
        var sql = string.Join("\n;\n", migration.UpOperations.OfType<SqlOperation>().Select(o => o.Sql.ReplaceLineEndings("\n")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
    }

    private static AppDbContext OfflineContext() => OwnerContext("unused");

    private static AppDbContext OwnerContext(string database) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(TestDatabase.ConnectionString(database, "pa_owner"))
            .UseSnakeCaseNamingConvention()
            .Options);

    private static async Task<string> EmptyDatabaseAsync()
    {
        var name = "pa_m_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString("postgres", "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} OWNER pa_owner", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    /// <summary>Functions, triggers, policies, indexes and constraints of the app's schemas, one sorted line each.</summary>
    private static async Task<List<string>> CatalogAsync(string database)
    {
        const string sql = """
            SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname IN ('public', 'auth') AND p.prokind IN ('f', 'p')
            UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal
            UNION ALL SELECT 'policy ' || schemaname || '.' || tablename || ' ' || policyname || ' ' || cmd || ' ' || array_to_string(roles, ',')
              || ' using ' || coalesce(qual, '') || ' check ' || coalesce(with_check, '') FROM pg_policies
            UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname IN ('public', 'auth')
            UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(c.oid)
              FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname IN ('public', 'auth')
            UNION ALL SELECT 'rls ' || c.oid::regclass || ' ' || c.relrowsecurity || ' ' || c.relforcerowsecurity
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'auth') AND c.relkind = 'r'
            """;
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(database, "pa_owner"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
