using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Marketplace;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content.Audio;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Orders;

/// <summary>
/// A service order in two real browsers: the buyer orders a mixing package, answers the requirements with text and a file,
/// goes back from the payment page and finds the form as they left it, pays in the sandbox, then writes in the order's
/// conversation; the seller reads the answer, downloads the file and the message on the order page, replies there (the
/// buyer sees it live), starts and delivers a file the buyer downloads; the buyer asks one
/// revision; the seller delivers again; the buyer accepts and reviews the service (verified). Both dashboards show the
/// order. Screenshots of the order page and the dashboards at desktop and phone widths, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ABuyerOrdersAMixAndAcceptsItAfterARevision(E2EFixture app)
{
    private const string Slug = "e2e-mixing-your-song";
    private static readonly byte[] Reference = AudioSamples.QuietThenLoudWav(1);
    private static readonly byte[] Mix = AudioSamples.QuietThenLoudWav(2);

    [Fact]
    public async Task The_buyer_orders_the_seller_delivers_twice_and_the_buyer_accepts_and_reviews()
    {
        var seller = await app.CreateSettledMemberAsync("mix_engineer");
        await app.CreateSettledMemberAsync("song_writer");
        await app.Db.ExecuteAsync("""
            INSERT INTO services (seller_id, title, slug, description, service_type, packages, buyer_requirements, status)
            VALUES ($1, 'Mixing your song', $2, 'Radio-ready mixes.', 'mixing',
                    '[{"name": "Standard", "price": 80, "delivery_days": 3, "revisions": 1, "features": ["Up to 24 stems"]}]',
                    'Send your stems and a reference track.', 'active')
            """, seller, Slug);

        // The buyer orders, answers the requirements and pays.
        var buyer = await app.NewPageAsync();
        await buyer.SignInAsync("song_writer");
        var pages = new ServicePages(buyer);
        await pages.OpenAsync($"/market/services/{Slug}");
        await buyer.GetByTestId("order-button").ClickAsync();
        await buyer.WaitForAddressAsync(new Regex("/orders/new/"));
        await Expect(buyer.GetByTestId("order-form")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(buyer.GetByTestId("order-prompt")).ToHaveTextAsync("Send your stems and a reference track.");
        const string answer = "Pop ballad, 92 BPM. Vocals up front.";
        await buyer.GetByLabel("Your answer").FillAsync(answer);
        await buyer.GetByTestId("order-files-field").Locator("input[type=file]")
            .ChooseFilesAsync(new FilePayload { Name = "reference.wav", MimeType = "audio/wav", Buffer = Reference });
        await Expect(buyer.GetByTestId("order-file-list")).ToContainTextAsync("reference.wav");
        await buyer.GetByTestId("order-continue").ClickAsync();
        await buyer.WaitForAddressAsync(new Regex("/checkout/pay/"));
        await Expect(buyer.GetByTestId("checkout-amount")).ToHaveTextAsync("$80.00");
        // Going back from the payment page to change something keeps what was written and attached. The page is a new
        // document (the checkout may be another site's): its circuit is awaited, or the link's click races the circuit's
        // first drawing of the page being left.
        await Expect(buyer.GetByTestId("sandbox-checkout")).ToHaveAttributeAsync("data-interactive", "true");
        await buyer.GetByTestId("checkout-cancel").ClickAsync();
        await buyer.WaitForAddressAsync(new Regex("/orders/new/.*draft="));
        await Expect(buyer.GetByTestId("order-form")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(buyer.GetByLabel("Your answer")).ToHaveValueAsync(answer);
        await Expect(buyer.GetByTestId("order-file-list")).ToContainTextAsync("reference.wav");
        await buyer.GetByTestId("order-continue").ClickAsync();
        await buyer.WaitForAddressAsync(new Regex("/checkout/pay/"));
        await Expect(buyer.GetByTestId("sandbox-checkout")).ToHaveAttributeAsync("data-interactive", "true");
        await buyer.Locator("#card-number").FillAsync("4242 4242 4242 4242");
        await buyer.Locator("#card-expiry").FillAsync("12/34");
        await buyer.Locator("#card-cvc").FillAsync("123");
        await buyer.GetByTestId("pay").ClickAsync();
        await buyer.WaitForAddressAsync(new Regex("/orders/[0-9a-f-]{36}$"));
        var orderUrl = new Uri(buyer.Url).AbsolutePath;
        await Expect(buyer.GetByTestId("order-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(buyer.GetByTestId("order-status")).ToHaveTextAsync("Waiting for the seller");
        var buyerChat = buyer.GetByTestId("order-conversation");
        await Expect(buyerChat.GetByTestId("message-composer")).ToBeVisibleAsync();
        await buyerChat.GetByTestId("message-input").SendWithEnterAsync("The reference is attached; the chorus should hit harder than the verse.");
        await Expect(buyerChat.GetByTestId("message").Last).ToContainTextAsync("the chorus should hit harder");

        // The seller sees the requirements and the file, starts and delivers.
        var sellerPage = await app.NewPageAsync();
        await sellerPage.SignInAsync("mix_engineer");
        var sellerPages = new ServicePages(sellerPage);
        await sellerPages.OpenAsync(orderUrl);
        await Expect(sellerPage.GetByTestId("order-requirements-text")).ToHaveTextAsync(answer);
        var file = sellerPage.GetByTestId("requirement-files").GetByRole(AriaRole.Link, new() { Name = "reference.wav" });
        var download = await sellerPage.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.Equal(Reference, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var sellerChat = sellerPage.GetByTestId("order-conversation");
        await Expect(sellerChat.GetByTestId("message").Last).ToContainTextAsync("the chorus should hit harder");
        await sellerChat.GetByTestId("message-input").SendWithEnterAsync("Got it, starting today.");
        await Expect(buyerChat.GetByTestId("message").Last).ToContainTextAsync("Got it, starting today.");
        await Expect(buyer.GetByTestId("order-cancel")).ToHaveTextAsync("Cancel the order and refund");
        await sellerPage.GetByTestId("order-start").ClickAsync();
        await Expect(sellerPage.GetByTestId("order-due")).ToContainTextAsync("Due in");
        // The buyer's open page follows: the seller has started, so cancelling is now a request, not a refund.
        await Expect(buyer.GetByTestId("order-status")).ToHaveTextAsync("In progress");
        await Expect(buyer.GetByTestId("order-cancel")).ToHaveTextAsync("Ask to cancel");
        await sellerPage.GetByTestId("delivery-files-field").Locator("input[type=file]")
            .ChooseFilesAsync(new FilePayload { Name = "mix-v1.wav", MimeType = "audio/wav", Buffer = Mix });
        await Expect(sellerPage.GetByTestId("delivery-file-list")).ToContainTextAsync("mix-v1.wav");
        await DeliverAsync(sellerPage, "First mix: vocals forward, wide chorus.");

        // The buyer asks one revision.
        await pages.OpenAsync(orderUrl);
        await Expect(buyer.GetByTestId("order-delivery-notes")).ToHaveTextAsync("First mix: vocals forward, wide chorus.");
        var mix = await buyer.RunAndWaitForDownloadAsync(() =>
            buyer.GetByTestId("delivery-files-links").GetByRole(AriaRole.Link, new() { Name = "mix-v1.wav" }).ClickAsync());
        Assert.Equal("mix-v1.wav", mix.SuggestedFilename); // the name it was uploaded under (decision 238)
        Assert.Equal(Mix, await File.ReadAllBytesAsync((await mix.PathAsync())!));
        await buyer.GetByTestId("order-revise").ClickAsync();
        await buyer.GetByLabel("What should change?").FillAsync("A touch more reverb on the bridge.");
        await buyer.GetByTestId("order-send-revision").ClickAsync();
        await Expect(buyer.GetByTestId("order-status")).ToHaveTextAsync("Revision requested");

        // The seller delivers again.
        await sellerPages.OpenAsync(orderUrl);
        await sellerPage.GetByTestId("order-start").ClickAsync();
        await DeliverAsync(sellerPage, "Bridge reverb up, as asked.");

        // The buyer accepts, with a confirmation, then reviews the service as a verified buyer.
        await pages.OpenAsync(orderUrl);
        await Expect(buyer.GetByTestId("order-revise")).ToHaveCountAsync(0);
        await buyer.GetByTestId("order-accept").ClickAsync();
        await buyer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Expect(buyer.GetByTestId("order-status")).ToHaveTextAsync("Completed");
        await Expect(buyer.GetByTestId("order-timeline").Locator(":scope > li")).ToHaveCountAsync(7);
        // The first mix stays the buyer's after the revision: its file is on its line of the timeline.
        var kept = await buyer.RunAndWaitForDownloadAsync(() =>
            buyer.GetByTestId("timeline-files").GetByRole(AriaRole.Link, new() { Name = "mix-v1.wav" }).ClickAsync());
        Assert.Equal(Mix, await File.ReadAllBytesAsync((await kept.PathAsync())!));
        await pages.ShootAllAsync(new Screenshots(buyer, "OrderPage"), "order");

        await pages.OpenAsync($"/market/services/{Slug}");
        var form = buyer.GetByTestId("review-form");
        await form.GetByRole(AriaRole.Radio, new() { Name = "1 star", Exact = true }).FocusAsync();
        await buyer.Keyboard.PressAsync("Space");
        for (var i = 0; i < 4; i++) await buyer.Keyboard.PressAsync("ArrowRight");
        await form.GetByLabel("Your review (optional)").FillAsync("Fast, precise, and one revision was all it took.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post review" }).ClickAsync();
        await Expect(buyer.GetByTestId("review").GetByTestId("verified-purchase")).ToHaveTextAsync("✓ Verified purchase");
        await Expect(buyer.GetByTestId("service-rating")).ToHaveTextAsync("★ 5.0 (1 review)"); // the header's average, without a reload

        // The order's conversation is in the inbox under the name, with what it is about.
        await pages.OpenAsync("/messages");
        await Expect(buyer.GetByTestId("conversation-item").Filter(new() { HasText = "mix_engineer" }).GetByTestId("conversation-order"))
            .ToHaveTextAsync("Order: Mixing your song");
        await pages.ShootAllAsync(new Screenshots(buyer, "OrderInbox"), "inbox");

        // Both dashboards show it.
        await pages.OpenAsync("/orders");
        await Expect(buyer.GetByTestId("order-row")).ToHaveCountAsync(1);
        await Expect(buyer.GetByTestId("order-row")).ToContainTextAsync("Mixing your song");
        await pages.ShootAllAsync(new Screenshots(buyer, "OrdersBuying"), "orders-buying");
        // The seller has bought nothing, so the page opens on their sales.
        await sellerPages.OpenAsync("/orders");
        await Expect(sellerPage.GetByTestId("tab-selling")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(sellerPage.GetByTestId("order-row")).ToContainTextAsync("Completed");
        await Expect(sellerPage.GetByTestId("orders-earnings")).ToHaveTextAsync("$45.38");
        await sellerPages.ShootAllAsync(new Screenshots(sellerPage, "OrdersSelling"), "orders-selling");
    }

    private static async Task DeliverAsync(IPage page, string notes)
    {
        await page.GetByLabel("Notes for the buyer").FillAsync(notes);
        await page.GetByTestId("order-deliver").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Deliver", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Delivered");
    }
}
