namespace ProducersAvenue.Domain.Messaging;

/// <summary>Whose first messages reach a member's inbox; the others land in the member's requests (<c>user_profiles.message_privacy</c>).</summary>
public enum MessagePrivacy
{
    Everyone,
    /// <summary>People the member follows (the default).</summary>
    Following,
    /// <summary>Connections only: the member and the sender follow each other.</summary>
    Connections,
}
