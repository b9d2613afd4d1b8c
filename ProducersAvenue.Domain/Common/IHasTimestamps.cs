namespace ProducersAvenue.Domain.Common;

/// <summary>A row with <c>created_at</c> and <c>updated_at</c>, stamped by <see cref="Persistence.Interceptors.TimestampInterceptor"/>.</summary>
public interface IHasTimestamps
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row with only <c>created_at</c> (likes, registrations, notifications).</summary>
public interface IHasCreatedAt
{
    DateTimeOffset CreatedAt { get; set; }
}
