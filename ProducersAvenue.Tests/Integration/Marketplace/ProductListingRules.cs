using System.Text;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Marketplace;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Listings through <see cref="ProductService"/> on real PostgreSQL and local-disk storage: the slug and duplicate titles,
/// bad input that saves nothing, status moves, drafts that only their seller sees (service and Row Level Security),
/// files checked by their bytes, <c>products_count</c> and tag counts of listed products.
/// </summary>
public sealed class ProductListingRules : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-products-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;
    private Guid _category;
    private string _genre = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        _genre = (await _db.ScalarAsync<string>("SELECT slug FROM genres WHERE is_active ORDER BY name LIMIT 1"))!;
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, string?> Settings(long maxFileBytes = 1024 * 1024) => new()
    {
        ["Storage:Local:Root"] = _root,
        ["Marketplace:MaxProductFileBytes"] = maxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(Guid Id, TestServices Services)> SellerAsync(string username, long maxFileBytes = 1024 * 1024)
    {
        var id = await _db.CreateUserAsync(username);
        return (id, _db.As(id, settings: Settings(maxFileBytes)));
    }

    private SaveProductCommand Listing(string title = "Midnight Trap Kit") => new()
    {
        Title = title,
        ProductKind = ProductKind.DrumKit,
        Description = "Hard-hitting drums. #nightdrums",
        PriceMode = PriceMode.Paid,
        Price = 19.99m,
        CategoryId = _category,
        GenreTags = [_genre],
        TechnicalDetails = new ProductTechnicalDetails { Bpm = 140, Key = "A minor" },
    };

    private static async Task<ProductFile> UploadWavAsync(TestServices seller)
    {
        var upload = await seller.Get<ProductUploads>().UploadFileAsync("kit.wav", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Wav()));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        return upload.Value!;
    }

    private static async Task<Guid> CreateAsync(TestServices seller, SaveProductCommand command)
    {
        var created = await seller.Get<ProductService>().CreateAsync(command);
        Assert.True(created.Succeeded, created.FirstError?.Message);
        return created.Value;
    }

    private Task<long> CountAsync(string sql, params object[] args) => _db.ScalarAsync<long>(sql, args)!;

    [Fact]
    public async Task A_new_listing_is_a_draft_with_the_slug_of_its_title_and_its_details_stored()
    {
        var (sellerId, seller) = await SellerAsync("kit_maker");

        var id = await CreateAsync(seller, Listing("Café Sessions: Vol. 2"));

        Assert.Equal("cafe-sessions-vol-2", await _db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", id));
        Assert.Equal("draft", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", id));
        Assert.Equal(140, await _db.ScalarAsync<int>("SELECT (technical_details->>'bpm')::int FROM products WHERE id = $1", id));
        Assert.Equal(19.99m, await _db.ScalarAsync<decimal>("SELECT price FROM products WHERE id = $1", id));
        Assert.Equal(sellerId, await _db.ScalarAsync<Guid>("SELECT seller_id FROM products WHERE id = $1", id));
    }

    [Fact]
    public async Task A_listing_keeps_its_kind_and_its_edit_form_gets_it_back()
    {
        var (_, seller) = await SellerAsync("kind_seller");

        var id = await CreateAsync(seller, Listing("Sunday Presets") with { ProductKind = ProductKind.Preset });
        Assert.Equal("preset", await _db.ScalarAsync<string>("SELECT product_kind FROM products WHERE id = $1", id));
        Assert.Contains("kind:preset", (await _db.ScalarAsync<string[]>("SELECT listing_facets FROM products WHERE id = $1", id))!);

        var edit = (await seller.Get<ProductQueries>().ForEditAsync(id))!;
        Assert.Equal(ProductKind.Preset, edit.Command.ProductKind);
        var saved = await seller.Get<ProductService>().UpdateAsync(id, edit.Command with { ProductKind = ProductKind.Midi });
        Assert.True(saved.Succeeded, saved.FirstError?.Message);
        Assert.Equal("midi", await _db.ScalarAsync<string>("SELECT product_kind FROM products WHERE id = $1", id));
    }

    [Fact]
    public async Task A_duplicate_title_is_refused_at_the_title_even_when_the_other_listing_is_someone_elses_hidden_draft()
    {
        var (_, first) = await SellerAsync("first_seller");
        var (secondId, second) = await SellerAsync("second_seller");
        await CreateAsync(first, Listing("Lo-Fi Dreams"));

        var result = await second.Get<ProductService>().CreateAsync(Listing("lo-fi  DREAMS"));

        Assert.False(result.Succeeded);
        Assert.Equal(MarketplaceErrors.TitleTaken.Code, result.FirstError!.Code);
        Assert.Equal(nameof(SaveProductCommand.Title), result.FirstError.Field);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM products WHERE seller_id = $1", secondId));
    }

    [Fact]
    public async Task Bad_input_gets_every_message_at_its_field_and_saves_nothing()
    {
        var (sellerId, seller) = await SellerAsync("bad_input");

        var result = await seller.Get<ProductService>().CreateAsync(Listing() with
        {
            Price = -5m,
            LicenseType = LicenseType.Custom,
            LicenseText = "",
            TechnicalDetails = new ProductTechnicalDetails { Bpm = 1000 },
        });

        Assert.False(result.Succeeded);
        Assert.Equal(["Price", "LicenseText", "Bpm"], result.Errors.Select(e => e.Field));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM products WHERE seller_id = $1", sellerId));
    }

    [Fact]
    public async Task An_unknown_category_or_genre_is_refused_at_its_field()
    {
        var (_, seller) = await SellerAsync("taxonomy_seller");

        var result = await seller.Get<ProductService>().CreateAsync(Listing() with { CategoryId = Guid.NewGuid(), GenreTags = ["no-such-genre"] });

        Assert.Equal(["CategoryId", "GenreTags"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_listing_moves_draft_to_active_to_paused_and_back_then_deleted_for_good()
    {
        var (_, seller) = await SellerAsync("mover");
        var products = seller.Get<ProductService>();
        var id = await CreateAsync(seller, Listing() with { Files = [await UploadWavAsync(seller)] });

        Assert.True((await products.PublishAsync(id)).Succeeded);
        Assert.Equal("active", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", id));
        Assert.True((await products.PauseAsync(id)).Succeeded);
        Assert.Equal(MarketplaceErrors.ListingIllegalTransition(ListingStatus.Paused, ListingStatus.Paused).Code, (await products.PauseAsync(id)).FirstError?.Code);
        Assert.True((await products.PublishAsync(id)).Succeeded);
        Assert.True((await products.DeleteAsync(id)).Succeeded);

        var again = await products.PublishAsync(id);
        Assert.Equal("marketplace.listing_illegal_transition", again.FirstError?.Code);
        Assert.Equal("deleted", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", id));
        Assert.Equal(MarketplaceErrors.ProductDeleted.Code, (await products.UpdateAsync(id, Listing())).FirstError?.Code);
    }

    [Fact]
    public async Task A_listing_without_files_cannot_be_published()
    {
        var (_, seller) = await SellerAsync("no_files");
        var id = await CreateAsync(seller, Listing());

        var result = await seller.Get<ProductService>().PublishAsync(id);

        Assert.Equal(MarketplaceErrors.FilesRequiredToPublish.Code, result.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.Files), result.FirstError?.Field);
        Assert.Equal("draft", await _db.ScalarAsync<string>("SELECT status FROM products WHERE id = $1", id));
    }

    [Fact]
    public async Task Drafts_are_seen_only_by_their_seller_through_the_service_and_row_level_security()
    {
        var (_, seller) = await SellerAsync("draft_owner");
        var strangerId = await _db.CreateUserAsync("draft_stranger");
        var stranger = _db.As(strangerId);
        var id = await CreateAsync(seller, Listing("Secret Draft") with { Files = [await UploadWavAsync(seller)] });

        Assert.NotNull(await seller.Get<ProductQueries>().BySlugAsync("secret-draft"));
        Assert.Null(await stranger.Get<ProductQueries>().BySlugAsync("secret-draft"));
        Assert.Null(await _db.Anonymous().Get<ProductQueries>().BySlugAsync("secret-draft"));
        await using (var raw = stranger.Contexts.CreateDbContext())
            Assert.Empty(raw.Products.Where(p => p.Id == id).ToList()); // no filter in the query: Row Level Security hides it
        Assert.Equal(MarketplaceErrors.ProductNotFound.Code, (await stranger.Get<ProductService>().PublishAsync(id)).FirstError?.Code);

        Assert.True((await seller.Get<ProductService>().PublishAsync(id)).Succeeded);
        Assert.Equal("Secret Draft", (await stranger.Get<ProductQueries>().BySlugAsync("secret-draft"))?.Title);
        Assert.Equal(Error.Forbidden.Code, (await stranger.Get<ProductService>().PauseAsync(id)).FirstError?.Code);
        Assert.Equal(Error.Forbidden.Code, (await stranger.Get<ProductService>().UpdateAsync(id, Listing("Taken over"))).FirstError?.Code);
    }

    [Fact]
    public async Task Products_count_counts_listed_products_only()
    {
        var (sellerId, seller) = await SellerAsync("counted");
        var products = seller.Get<ProductService>();
        var file = await UploadWavAsync(seller);
        var one = await CreateAsync(seller, Listing("One") with { Files = [file] });
        var two = await CreateAsync(seller, Listing("Two") with { Files = [file] });
        Task<long> Count() => CountAsync("SELECT products_count FROM user_profiles WHERE user_id = $1", sellerId);

        Assert.Equal(0, await Count());
        await products.PublishAsync(one);
        await products.PublishAsync(two);
        Assert.Equal(2, await Count());
        await products.PauseAsync(one);
        Assert.Equal(1, await Count());
        await products.DeleteAsync(two);
        Assert.Equal(0, await Count());
        await _db.ScalarAsync<int>("UPDATE products SET status = 'active', is_approved = false WHERE id = $1 RETURNING 1", one);
        Assert.Equal(0, await Count());
    }

    [Fact]
    public async Task A_sellers_shelf_pages_through_every_listing_on_sale_once_even_when_they_share_a_moment()
    {
        var (sellerId, _) = await SellerAsync("shelved");
        var moment = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
        for (var n = 0; n < 30; n++)
        {
            // Ten listings at each of three moments, so pages end between listings of the same created_at.
            await _db.ScalarAsync<int>(
                "INSERT INTO products (seller_id, title, slug, price, status, created_at) VALUES ($1, $2, $3, 10, 'active', $4) RETURNING 1",
                sellerId, $"Shelved {n}", $"shelved-{n}", moment.AddMinutes(n / 10));
        }
        await _db.ScalarAsync<int>(
            "INSERT INTO products (seller_id, title, slug, price, status) VALUES ($1, 'Draft', 'shelved-draft', 10, 'draft') RETURNING 1", sellerId);
        var queries = _db.Anonymous().Get<ProductQueries>();

        var seen = new List<ProductListItem>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await queries.OnSaleBySellerAsync(sellerId, take: 7, before: cursor);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null);

        Assert.Equal(5, pages);
        Assert.Equal(30, seen.Select(p => p.Id).Distinct().Count());
        Assert.DoesNotContain(seen, p => p.Title == "Draft");
        Assert.Equal(seen.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Select(p => p.Id), seen.Select(p => p.Id));
        Assert.Equal(24, (await queries.OnSaleBySellerAsync(sellerId, before: "not-a-cursor")).Items.Count);
    }

    [Fact]
    public async Task Hashtags_and_tags_of_a_listed_product_feed_tag_counts_and_leave_them_when_it_stops_being_listed()
    {
        var (_, seller) = await SellerAsync("tagger");
        var products = seller.Get<ProductService>();
        var id = await CreateAsync(seller, Listing() with { Tags = ["#Boom"], Files = [await UploadWavAsync(seller)] });
        Task<long> Uses(string slug) => CountAsync("SELECT coalesce((SELECT usage_count FROM tags WHERE slug = $1), 0)::bigint", slug);

        Assert.Equal(0, await Uses("nightdrums"));
        await products.PublishAsync(id);
        Assert.Equal(1, await Uses("nightdrums"));
        Assert.Equal(1, await Uses("boom"));
        await products.PauseAsync(id);
        Assert.Equal(0, await Uses("nightdrums"));
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_what_its_name_says_is_refused_and_not_stored()
    {
        var (_, seller) = await SellerAsync("liar");

        var result = await seller.Get<ProductUploads>().UploadFileAsync("beat.wav", new MemoryStream(TestImages.Png(4, 4)));

        Assert.Equal("marketplace.file_bytes_mismatch", result.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.Files), result.FirstError?.Field);
        Assert.False(Directory.Exists(Path.Combine(_root, "private-product")));
    }

    [Fact]
    public async Task An_archive_that_does_not_open_is_refused_and_not_stored()
    {
        var (_, seller) = await SellerAsync("broken_zipper");

        var result = await seller.Get<ProductUploads>().UploadFileAsync("kit.zip", new MemoryStream(ProductFilesAreWhatTheirNamesSay.BrokenZip()));
        var whole = await seller.Get<ProductUploads>().UploadFileAsync("kit.zip", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Zip()));

        Assert.Equal("marketplace.file_incomplete", result.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.Files), result.FirstError?.Field);
        Assert.True(whole.Succeeded, whole.FirstError?.Message);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "private-product"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_oversize_file_is_refused_with_the_limit()
    {
        var (_, seller) = await SellerAsync("too_big", maxFileBytes: 1024);
        var big = ProductFilesAreWhatTheirNamesSay.Zip().Concat(new byte[4096]).ToArray();

        var result = await seller.Get<ProductUploads>().UploadFileAsync("kit.zip", new MemoryStream(big));

        Assert.Equal("marketplace.upload_too_large", result.FirstError?.Code);
        Assert.Contains("1 KB", result.FirstError!.Message);
    }

    [Fact]
    public async Task Product_files_are_private_and_preview_audio_is_public()
    {
        var (sellerId, seller) = await SellerAsync("storer");
        var uploads = seller.Get<ProductUploads>();

        var file = await UploadWavAsync(seller);
        var audio = await uploads.UploadPreviewAudioAsync(new MemoryStream(Unit.Content.Audio.AudioSamples.Mp3));
        var notAudio = await uploads.UploadPreviewAudioAsync(new MemoryStream(Encoding.ASCII.GetBytes("<html>")));

        Assert.StartsWith($"private-product/{sellerId:N}/", file.Key);
        Assert.Equal("wav", file.Type);
        Assert.EndsWith(".mp3", audio.Value);
        Assert.Contains($"/product-audio/{sellerId:N}/", audio.Value);
        Assert.Equal(MarketplaceErrors.PreviewAudioUnsupported.Code, notAudio.FirstError?.Code);
    }

    [Fact]
    public async Task A_listing_carries_only_its_sellers_own_uploads_and_records_their_size_and_types()
    {
        var (_, owner) = await SellerAsync("file_owner");
        var (_, thief) = await SellerAsync("file_thief");
        var file = await UploadWavAsync(owner);

        var stolen = await thief.Get<ProductService>().CreateAsync(Listing() with { Files = [file] });
        var own = await CreateAsync(owner, Listing() with { Files = [file] });

        Assert.Equal(MarketplaceErrors.FilesInvalid.Code, stolen.FirstError?.Code);
        Assert.Equal(file.SizeBytes, await _db.ScalarAsync<long>("SELECT file_size_bytes FROM products WHERE id = $1", own));
        Assert.Equal(["wav"], await _db.ScalarAsync<string[]>("SELECT file_types FROM products WHERE id = $1", own) ?? []);
    }

    [Fact]
    public async Task An_edit_keeps_what_the_listing_already_carries_and_refuses_someone_elses_new_upload()
    {
        var (sellerId, seller) = await SellerAsync("demo_editor");
        var (_, other) = await SellerAsync("other_uploader");
        var id = await CreateAsync(seller, Listing("Seeded Kit") with { Files = [await UploadWavAsync(seller)] });
        // As the demo seeder writes it: a cover from the site's assets, not an upload of the seller.
        await _db.ScalarAsync<int>("UPDATE products SET thumbnail_url = '/assets/covers/1.svg' WHERE id = $1 RETURNING 1", id);
        var edit = (await seller.Get<ProductQueries>().ForEditAsync(id))!.Command;

        var kept = await seller.Get<ProductService>().UpdateAsync(id, edit with { Title = "Seeded Kit Deluxe" });
        var foreign = await seller.Get<ProductService>().UpdateAsync(id, edit with { Files = [.. edit.Files, await UploadWavAsync(other)] });

        Assert.True(kept.Succeeded, kept.FirstError?.Message);
        // The file keeps the name it was uploaded under through the edit (decision 238), not its storage key's.
        Assert.Equal(["kit.wav"], (await seller.Get<ProductQueries>().ForEditAsync(id))!.Command.Files.Select(f => f.Name));
        Assert.Equal("seeded-kit-deluxe", await _db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", id));
        Assert.Equal("/assets/covers/1.svg", await _db.ScalarAsync<string>("SELECT thumbnail_url FROM products WHERE id = $1", id));
        Assert.Equal(MarketplaceErrors.FilesInvalid.Code, foreign.FirstError?.Code);
        Assert.Equal(sellerId, await _db.ScalarAsync<Guid>("SELECT seller_id FROM products WHERE id = $1", id));
    }

    [Fact]
    public async Task A_taken_title_is_said_with_the_other_errors_and_a_renamed_listings_title_and_kept_address_are_both_taken()
    {
        var (_, seller) = await SellerAsync("all_at_once");
        var id = await CreateAsync(seller, Listing("Golden Hour Kit") with { Files = [await UploadWavAsync(seller)] });
        Assert.True((await seller.Get<ProductService>().PublishAsync(id)).Succeeded);
        var edit = (await seller.Get<ProductQueries>().ForEditAsync(id))!.Command;
        Assert.True((await seller.Get<ProductService>().UpdateAsync(id, edit with { Title = "Golden Hour Kit Deluxe" })).Succeeded);
        await CreateAsync(seller, Listing("Blue Hour Kit"));

        var duplicate = await seller.Get<ProductService>().CreateAsync(Listing("blue hour kit") with { LicenseType = LicenseType.Custom, LicenseText = null });
        var keptAddress = await seller.Get<ProductService>().CreateAsync(Listing("Golden Hour Kit") with { LicenseType = LicenseType.Custom, LicenseText = null });
        var renamedTitle = await seller.Get<ProductService>().CreateAsync(Listing("golden hour kit DELUXE")); // its own address is free

        Assert.Equal([MarketplaceErrors.LicenseTextRequired.Code, MarketplaceErrors.TitleTaken.Code], duplicate.Errors.Select(e => e.Code).Order());
        Assert.Equal([MarketplaceErrors.LicenseTextRequired.Code, "marketplace.title_address_taken"], keptAddress.Errors.Select(e => e.Code).Order());
        Assert.Contains("/market/products/golden-hour-kit", keptAddress.Errors.Single(e => e.Field == nameof(SaveProductCommand.Title)).Message);
        Assert.Equal(MarketplaceErrors.TitleTaken, renamedTitle.FirstError);
    }

    [Fact]
    public async Task A_published_listing_keeps_its_address_when_renamed_and_cannot_take_another_listings_title()
    {
        var (_, seller) = await SellerAsync("renaming_seller");
        var id = await CreateAsync(seller, Listing("Sunrise Beat") with { Files = [await UploadWavAsync(seller)] });
        await CreateAsync(seller, Listing("Sunset Beat"));
        Assert.True((await seller.Get<ProductService>().PublishAsync(id)).Succeeded);
        var edit = (await seller.Get<ProductQueries>().ForEditAsync(id))!.Command;

        var renamed = await seller.Get<ProductService>().UpdateAsync(id, edit with { Title = "Sunrise Beat Remastered" });
        var taken = await seller.Get<ProductService>().UpdateAsync(id, edit with { Title = "Sunset Beat" });

        Assert.True(renamed.Succeeded, renamed.FirstError?.Message);
        Assert.Equal("sunrise-beat", await _db.ScalarAsync<string>("SELECT slug FROM products WHERE id = $1", id));
        Assert.Equal("Sunrise Beat Remastered", (await _db.Anonymous().Get<ProductQueries>().BySlugAsync("sunrise-beat"))?.Title);
        Assert.Equal(MarketplaceErrors.TitleTaken.Code, taken.FirstError?.Code);
        Assert.Equal("Sunrise Beat Remastered", await _db.ScalarAsync<string>("SELECT title FROM products WHERE id = $1", id));
    }

    [Fact]
    public async Task The_product_page_counts_the_viewers_connections_who_follow_the_seller()
    {
        var (sellerId, seller) = await SellerAsync("followed_seller");
        var viewerId = await _db.CreateUserAsync("page_viewer");
        var friendId = await _db.CreateUserAsync("page_friend");
        var loneFanId = await _db.CreateUserAsync("lone_fan");
        var viewer = _db.As(viewerId);
        var friend = _db.As(friendId);
        await viewer.FollowAsync(friendId);
        await friend.FollowAsync(viewerId);
        await friend.FollowAsync(sellerId);
        await _db.As(loneFanId).FollowAsync(sellerId);
        var id = await CreateAsync(seller, Listing("Followed Kit") with { Files = [await UploadWavAsync(seller)] });
        await seller.Get<ProductService>().PublishAsync(id);

        var page = await viewer.Get<ProductQueries>().BySlugAsync("followed-kit");

        Assert.Equal(1, page?.Seller.ConnectionsFollowing);
        Assert.False(page!.Seller.IsConnected);
        Assert.False(page.IsOwner);
    }
}
