namespace ProducersAvenue.Domain.Messaging;

/// <summary>One page of a conversation's history, oldest first, and the cursor of the earlier page (null at the start).</summary>
public sealed record HistoryPage(IReadOnlyList<MessageView> Messages, string? EarlierCursor);
