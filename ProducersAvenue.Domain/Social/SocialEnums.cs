namespace ProducersAvenue.Domain.Social;

/// <summary><c>posts.post_type</c> and <c>group_posts.post_type</c>; <see cref="Audio"/> is not in the schema document (decision 131).</summary>
public enum PostType
{
    Text,
    Image,
    Video,
    Link,
    Poll,
    Audio,
}
