namespace ProducersAvenue.Domain.Marketplace;

// Where a column has a database default, that default is the enumeration's first member: EF Core leaves a
// property holding its CLR default (member 0) out of the INSERT, so the two must agree or the value is lost.

public enum ProductType
{
    Regular,
    RecordedWebinar,
}

/// <summary>
/// <c>product_kind</c>: what a product is, as the market's "Beats", "Sample packs", … filter them (decision 252). Other
/// first: it is the column's default, which rows written before kinds existed hold.
/// </summary>
public enum ProductKind
{
    Other,
    Beat,
    SamplePack,
    DrumKit,
    Preset,
    Midi,
    Stems,
    Vocals,
    ProjectFile,
}

public enum LicenseType
{
    Personal,
    Commercial,
    Exclusive,
    Custom,
}

/// <summary><c>status</c> of products and services.</summary>
public enum ListingStatus
{
    Draft,
    Active,
    Paused,
    Deleted,
}

public enum ServiceType
{
    Production,
    Mixing,
    Mastering,
    Recording,
    Vocals,
    Design,
    Video,
    Consultation,
    Other,
}

public enum ReviewableType
{
    Product,
    Service,
    Webinar,
}
