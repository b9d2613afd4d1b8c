namespace ProducersAvenue.Domain.Seeding;

/// <summary>Real cities with music scenes, and their coordinates, for demo and bulk members.</summary>
public static class DemoPlaces
{
    public sealed record Place(string City, string Country, double Latitude, double Longitude);

    public static IReadOnlyList<Place> All { get; } =
    [
        new("Berlin", "Germany", 52.52, 13.405), new("London", "United Kingdom", 51.507, -0.128),
        new("Manchester", "United Kingdom", 53.481, -2.243), new("Paris", "France", 48.857, 2.352),
        new("Amsterdam", "Netherlands", 52.368, 4.904), new("Zagreb", "Croatia", 45.815, 15.982),
        new("Belgrade", "Serbia", 44.787, 20.457), new("Stockholm", "Sweden", 59.329, 18.069),
        new("Barcelona", "Spain", 41.385, 2.173), new("Lisbon", "Portugal", 38.722, -9.139),
        new("New York", "United States", 40.713, -74.006), new("Los Angeles", "United States", 34.052, -118.244),
        new("Atlanta", "United States", 33.749, -84.388), new("Nashville", "United States", 36.163, -86.781),
        new("Detroit", "United States", 42.331, -83.046), new("Chicago", "United States", 41.878, -87.63),
        new("Toronto", "Canada", 43.653, -79.383), new("Montreal", "Canada", 45.502, -73.567),
        new("Mexico City", "Mexico", 19.433, -99.133), new("São Paulo", "Brazil", -23.551, -46.633),
        new("Rio de Janeiro", "Brazil", -22.907, -43.173), new("Bogotá", "Colombia", 4.711, -74.072),
        new("Lagos", "Nigeria", 6.524, 3.379), new("Accra", "Ghana", 5.603, -0.187),
        new("Johannesburg", "South Africa", -26.204, 28.047), new("Nairobi", "Kenya", -1.292, 36.822),
        new("Tokyo", "Japan", 35.676, 139.65), new("Seoul", "South Korea", 37.566, 126.978),
        new("Mumbai", "India", 19.076, 72.878), new("Melbourne", "Australia", -37.814, 144.963),
        new("Kingston", "Jamaica", 17.971, -76.793), new("Reykjavík", "Iceland", 64.147, -21.942),
    ];
}
