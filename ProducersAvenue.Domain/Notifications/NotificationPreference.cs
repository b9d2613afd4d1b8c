namespace ProducersAvenue.Domain.Notifications;

/// <summary>One row of the member's notification settings: a type with what they get in the app and by email.</summary>
public sealed record NotificationPreference(NotificationType Type, string Label, string Description, bool InApp, bool Email, bool Digest);

/// <summary>How one recipient gets one notification: a row in the app, an email (or a digest line for chatty types).</summary>
public sealed record NotificationChannels(bool InApp, bool Email);
