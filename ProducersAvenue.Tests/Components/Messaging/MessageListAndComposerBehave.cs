using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Components.Messaging;

/// <summary>The conversation's plain-HTML message list and the composer's rules, rendered in bUnit.</summary>
public sealed class MessageListAndComposerBehave : BunitContext
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(At.AddMinutes(5));

    public MessageListAndComposerBehave()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<ViewerTime>();
        Services.AddScoped<MessageDrafts>();
        Services.AddSingleton<TimeProvider>(_clock);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Own_messages_are_right_aligned_deleted_ones_show_a_placeholder_and_seen_sits_under_the_last_own_message_only()
    {
        var theirs = new MessageView(Guid.NewGuid(), Other, "Bo", false, "<p>hi <strong>there</strong></p>", "hi **there**", false, At, null);
        var deleted = new MessageView(Guid.NewGuid(), Me, "Me", true, "", "", true, At.AddMinutes(1), null);
        var mine = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you</p>", "see you", false, At.AddMinutes(2), At.AddMinutes(17));

        var list = Render<MessageList>(p => p
            .Add(x => x.Messages, [theirs, deleted, mine])
            .Add(x => x.SeenMessageId, mine.Id));

        var items = list.FindAll("[data-testid=message]");
        Assert.Equal(3, items.Count);
        Assert.DoesNotContain("pa-msg-mine", items[0].ClassName);
        Assert.Contains("pa-msg-mine", items[1].ClassName);
        Assert.Equal("there", items[0].QuerySelector("strong")!.TextContent);
        Assert.Equal("Message deleted", items[1].QuerySelector(".pa-msg-deleted")!.TextContent);
        Assert.Null(items[1].QuerySelector("[data-testid=message-edit]"));
        Assert.NotNull(items[2].QuerySelector("[data-testid=message-edit]"));
        Assert.Null(items[0].QuerySelector("[data-testid=message-delete-for-everyone]"));
        var seen = Assert.Single(list.FindAll("[data-testid=message-seen]"));
        Assert.Same(items[2], seen.ParentElement);
    }

    [Theory]
    [InlineData(null, "12:00")]
    [InlineData("Europe/Zagreb", "13:00")]
    [InlineData("America/New_York", "07:00")]
    [InlineData("Not/A_Zone", "12:00")]
    public void Times_are_written_on_the_viewers_clock(string? zone, string shown)
    {
        Services.GetRequiredService<ViewerTime>().Use(zone);
        var message = new MessageView(Guid.NewGuid(), Other, "Bo", false, "<p>hi</p>", "hi", false, At, null);

        var list = Render<MessageList>(p => p.Add(x => x.Messages, [message]));

        Assert.Equal(shown, list.Find("[data-testid=message] time").TextContent);
    }

    [Fact]
    public void The_composer_says_too_long_while_typing_keeps_the_text_when_sending_fails_and_clears_it_when_sent()
    {
        var answers = new Queue<Result>([MessagingErrors.SendingTooFast(30), Result.Success()]);
        var sent = new List<string>();
        var composer = Render<MessageComposer>(p => p.Add(x => x.Submit, (text, _) =>
        {
            sent.Add(text);
            return Task.FromResult(answers.Dequeue());
        }));

        composer.Find("textarea").Input(new string('x', 5001));
        Assert.Equal("Keep a message within 5,000 characters.", composer.Find("[data-testid=message-error]").TextContent);
        Assert.Contains("5,001 / 5,000", composer.Markup);

        composer.Find("textarea").Input("Tomorrow at 8?");
        composer.Find("form").Submit();
        Assert.Contains("too quickly", composer.Find("[data-testid=message-error]").TextContent);
        Assert.Equal("Tomorrow at 8?", composer.Find("textarea").GetAttribute("value"));

        composer.Find("form").Submit();
        Assert.Equal(["Tomorrow at 8?", "Tomorrow at 8?"], sent);
        Assert.Empty(composer.FindAll("[data-testid=message-error]"));
        Assert.True(string.IsNullOrEmpty(composer.Find("textarea").GetAttribute("value")));
    }

    [Fact]
    public async Task A_conversations_unsent_message_waits_while_another_conversation_is_open_and_comes_back_with_its_own()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var earlier = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you at 8</p>", "see you at 8", false, At, At.AddMinutes(15));
        IRenderedComponent<MessageComposer> Open(Guid conversation) => Render<MessageComposer>(p => p
            .Add(x => x.Submit, (_, _) => Task.FromResult(Result.Success()))
            .Add(x => x.DraftOf, conversation));

        Open(first).Find("textarea").Input("half a thought for the first");
        await DisposeComponentsAsync(); // the member opens another conversation: the keyed view and its box go
        var other = Open(second);
        Assert.Equal("", other.Find("textarea").GetAttribute("value") ?? "");
        other.Find("textarea").Input("for the second");
        other.Render(p => p.Add(x => x.Editing, earlier)); // an edit borrows the box as it goes: the draft is kept, not the edit
        await DisposeComponentsAsync();

        Assert.Equal("half a thought for the first", Open(first).Find("textarea").GetAttribute("value"));
        await DisposeComponentsAsync();
        Assert.Equal("for the second", Open(second).Find("textarea").GetAttribute("value"));
    }

    [Fact]
    public async Task A_sent_message_leaves_no_draft_and_the_oldest_drafts_go_first()
    {
        var conversation = Guid.NewGuid();
        var box = Render<MessageComposer>(p => p
            .Add(x => x.Submit, (_, _) => Task.FromResult(Result.Success()))
            .Add(x => x.DraftOf, conversation));
        box.Find("textarea").Input("sent at once");
        box.Find("form").Submit();
        await DisposeComponentsAsync();
        var drafts = Services.GetRequiredService<MessageDrafts>();
        Assert.Null(drafts.Take(conversation));

        var conversations = Enumerable.Range(0, MessageDrafts.Most + 1).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in conversations) drafts.Keep(id, new MessageDraft($"draft {id}", []));
        Assert.Null(drafts.Take(conversations[0]));
        Assert.Equal($"draft {conversations[^1]}", drafts.Take(conversations[^1])?.Text);
    }

    [Fact]
    public void Editing_an_earlier_message_borrows_the_box_and_gives_the_unsent_draft_back_when_saved_or_cancelled()
    {
        var earlier = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you at 8</p>", "see you at 8", false, At, At.AddMinutes(15));
        var submitted = new List<string>();
        IRenderedComponent<MessageComposer> composer = null!;
        composer = Render<MessageComposer>(p => p
            .Add(x => x.Submit, (text, _) => { submitted.Add(text); return Task.FromResult(Result.Success()); })
            .Add(x => x.CancelEdit, () => composer.Render(q => q.Add(x => x.Editing, null))));

        composer.Find("textarea").Input("My unsent draft");
        composer.Render(p => p.Add(x => x.Editing, earlier));
        Assert.Equal("see you at 8", composer.Find("textarea").GetAttribute("value"));
        composer.Find("[data-testid=message-composer] button.pa-msg-action-visible").Click(); // Cancel
        Assert.Equal("My unsent draft", composer.Find("textarea").GetAttribute("value"));

        composer.Render(p => p.Add(x => x.Editing, earlier));
        composer.Find("textarea").Input("see you at 9");
        composer.Find("form").Submit();
        Assert.Equal(["see you at 9"], submitted);
        Assert.Equal("My unsent draft", composer.Find("textarea").GetAttribute("value"));
    }

    [Fact]
    public void Once_a_messages_change_window_closes_a_list_drawn_again_offers_neither_edit_nor_delete_for_everyone()
    {
        var mine = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you</p>", "see you", false, At, At.AddMinutes(15));
        var list = Render<MessageList>(p => p.Add(x => x.Messages, [mine]));
        Assert.Single(list.FindAll("[data-testid=message-edit]"));

        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1)); // 15 min 1 s after sending
        list.Render();

        Assert.Empty(list.FindAll("[data-testid=message-edit]"));
        Assert.Empty(list.FindAll("[data-testid=message-delete-for-everyone]"));
        Assert.Single(list.FindAll("[data-testid=message-delete-for-me]"));
    }

    [Fact]
    public void In_a_conversation_a_block_closed_own_messages_can_be_taken_back_but_not_edited()
    {
        var mine = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you</p>", "see you", false, At, At.AddMinutes(15));

        var list = Render<MessageList>(p => p.Add(x => x.Messages, [mine]).Add(x => x.Editable, false));

        Assert.Empty(list.FindAll("[data-testid=message-edit]"));
        Assert.Single(list.FindAll("[data-testid=message-delete-for-everyone]"));
    }

    [Fact]
    public void Each_messages_buttons_are_described_by_that_message()
    {
        var theirs = new MessageView(Guid.NewGuid(), Other, "Bo", false, "<p>bounce at 9?</p>", "bounce at 9?", false, At, null);
        var mine = new MessageView(Guid.NewGuid(), Me, "Me", true, "<p>see you</p>", "see you", false, At.AddMinutes(2), At.AddMinutes(17));

        var list = Render<MessageList>(p => p.Add(x => x.Messages, [theirs, mine]));

        foreach (var item in list.FindAll("[data-testid=message]"))
        {
            var buttons = item.QuerySelectorAll("button.pa-msg-action");
            Assert.NotEmpty(buttons);
            var bubble = item.QuerySelector(".pa-msg-bubble")!;
            Assert.All(buttons, b => Assert.Equal(bubble.Id, b.GetAttribute("aria-describedby")));
        }
        Assert.Equal("bounce at 9?", list.Find($"#pa-msg-{theirs.Id}").TextContent.Trim());
        Assert.Equal("see you", list.Find($"#pa-msg-{mine.Id}").TextContent.Trim());
    }

    [Fact]
    public void Each_message_says_who_wrote_it_to_a_screen_reader_and_a_groups_visible_names_are_not_said_twice()
    {
        var theirs = new MessageView(Guid.NewGuid(), Other, "Nova Beats", false, "<p>hi</p>", "hi", false, At, null);
        var mine = new MessageView(Guid.NewGuid(), Me, "Lena", true, "<p>hey</p>", "hey", false, At.AddMinutes(1), null);
        var deleted = new MessageView(Guid.NewGuid(), Other, "Nova Beats", false, "", "", true, At.AddMinutes(2), null);

        var direct = Render<MessageList>(p => p.Add(x => x.Messages, [theirs, mine, deleted])).FindAll("[data-testid=message]");

        // First in each item, so it is read before the text; hidden from the eye (the side and the colour say it there).
        Assert.All(direct, item => Assert.Equal("pa-sr-only", item.FirstElementChild!.ClassName));
        Assert.Equal(["Nova Beats:", "You:", "Nova Beats:"], direct.Select(i => i.FirstElementChild!.TextContent));
        Assert.Empty(direct.SelectMany(i => i.QuerySelectorAll(".pa-msg-sender")));

        var group = Render<MessageList>(p => p.Add(x => x.Messages, [theirs, mine]).Add(x => x.ShowSenders, true)).FindAll("[data-testid=message]");

        Assert.Equal("Nova Beats", group[0].FirstElementChild!.TextContent);
        Assert.Equal("pa-msg-sender", group[0].FirstElementChild!.ClassName);
        Assert.Null(group[0].QuerySelector("[data-testid=message-sender]"));
        Assert.Equal("You:", group[1].QuerySelector("[data-testid=message-sender]")!.TextContent);
    }

    [Fact]
    public void An_edited_message_says_so()
    {
        var edited = new MessageView(Guid.NewGuid(), Other, "Bo", false, "<p>at 9</p>", "at 9", false, At, null, IsEdited: true);
        var plain = new MessageView(Guid.NewGuid(), Other, "Bo", false, "<p>ok</p>", "ok", false, At, null);

        var items = Render<MessageList>(p => p.Add(x => x.Messages, [edited, plain])).FindAll("[data-testid=message]");

        Assert.Equal("edited", items[0].QuerySelector("[data-testid=message-edited]")!.TextContent);
        Assert.Null(items[1].QuerySelector("[data-testid=message-edited]"));
    }

    [Fact]
    public void What_is_written_while_a_message_goes_out_stays_for_the_next_one()
    {
        var sending = new TaskCompletionSource<Result>();
        var sent = new List<string>();
        var composer = Render<MessageComposer>(p => p.Add(x => x.Submit, (text, _) =>
        {
            sent.Add(text);
            return sending.Task;
        }));

        composer.Find("textarea").Input("first message");
        composer.Find("form").Submit();
        Assert.True(string.IsNullOrEmpty(composer.Find("textarea").GetAttribute("value"))); // the box is free at once
        composer.Find("textarea").Input("second thought");
        composer.InvokeAsync(() => sending.SetResult(Result.Success()));

        composer.WaitForAssertion(() => Assert.Equal("second thought", composer.Find("textarea").GetAttribute("value")));
        Assert.Equal(["first message"], sent);
    }

    [Fact]
    public void A_refused_message_comes_back_ahead_of_what_was_written_since()
    {
        var sending = new TaskCompletionSource<Result>();
        var composer = Render<MessageComposer>(p => p.Add(x => x.Submit, (_, _) => sending.Task));

        composer.Find("textarea").Input("first message");
        composer.Find("form").Submit();
        composer.Find("textarea").Input("second thought");
        composer.InvokeAsync(() => sending.SetResult(MessagingErrors.SendingTooFast(30)));

        composer.WaitForAssertion(() => Assert.Equal("first message\nsecond thought", composer.Find("textarea").GetAttribute("value")));
        Assert.Contains("too quickly", composer.Find("[data-testid=message-error]").TextContent);
    }
}
