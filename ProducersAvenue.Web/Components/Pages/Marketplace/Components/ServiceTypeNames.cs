using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Web.Components.Pages.Marketplace.Components;

/// <summary>How a service type reads on the pages.</summary>
public static class ServiceTypeNames
{
    public static string Of(ServiceType type) => type switch
    {
        ServiceType.Production => "Production",
        ServiceType.Mixing => "Mixing",
        ServiceType.Mastering => "Mastering",
        ServiceType.Recording => "Recording",
        ServiceType.Vocals => "Vocals",
        ServiceType.Design => "Design",
        ServiceType.Video => "Video",
        ServiceType.Consultation => "Consultation",
        _ => "Other",
    };
}
