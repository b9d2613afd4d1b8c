namespace ProducersAvenue.Domain.Social;

/// <summary><c>posts.post_type</c> and <c>group_posts.post_type</c>.</summary>
public enum PostType
{
    Text,
    Image,
    Video,
    Link,
    Poll,
}
