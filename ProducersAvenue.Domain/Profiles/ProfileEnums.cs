namespace ProducersAvenue.Domain.Profiles;

public enum ExperienceLevel
{
    Beginner,
    Intermediate,
    Professional,
    Veteran,
}

public enum ProfileVisibility
{
    Public,
    MembersOnly,
    Private,
}

public enum LocationVisibility
{
    Exact,
    City,
    Country,
    Hidden,
}

public enum LocationSource
{
    Ip,
    Gps,
    Manual,
}
