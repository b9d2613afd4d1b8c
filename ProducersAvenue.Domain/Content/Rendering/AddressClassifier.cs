using System.Net;
using System.Net.Sockets;

namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>
/// Decides whether the server may open a connection to an address on a member's behalf (link previews): only globally
/// routable unicast. Refuses loopback, private, link-local, CGNAT, unspecified, multicast, broadcast, documentation,
/// benchmarking and reserved ranges; IPv6 must be global unicast (2000::/3) outside the special-purpose blocks. An IPv4
/// address embedded in IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as that IPv4 address.
/// Pure and static: no DNS, no I/O.
/// </summary>
public static class AddressClassifier
{
    private static readonly Cidr[] RefusedV4 =
    [
        Cidr.Parse("0.0.0.0/8"),        // "this network", unspecified
        Cidr.Parse("10.0.0.0/8"),       // private
        Cidr.Parse("100.64.0.0/10"),    // carrier-grade NAT
        Cidr.Parse("127.0.0.0/8"),      // loopback
        Cidr.Parse("169.254.0.0/16"),   // link-local, cloud metadata
        Cidr.Parse("172.16.0.0/12"),    // private
        Cidr.Parse("192.0.0.0/24"),     // IETF protocol assignments
        Cidr.Parse("192.0.2.0/24"),     // TEST-NET-1
        Cidr.Parse("192.88.99.0/24"),   // 6to4 relay anycast (deprecated)
        Cidr.Parse("192.168.0.0/16"),   // private
        Cidr.Parse("198.18.0.0/15"),    // benchmarking
        Cidr.Parse("198.51.100.0/24"),  // TEST-NET-2
        Cidr.Parse("203.0.113.0/24"),   // TEST-NET-3
        Cidr.Parse("224.0.0.0/4"),      // multicast
        Cidr.Parse("240.0.0.0/4"),      // reserved, including 255.255.255.255 broadcast
    ];

    private static readonly Cidr GlobalUnicastV6 = Cidr.Parse("2000::/3");

    private static readonly Cidr[] RefusedV6 =
    [
        Cidr.Parse("2001::/23"),        // IETF special purpose: Teredo, benchmarking, ORCHID…
        Cidr.Parse("2001:db8::/32"),    // documentation
        Cidr.Parse("3fff::/20"),        // documentation
    ];

    private static readonly Cidr Nat64 = Cidr.Parse("64:ff9b::/96");
    private static readonly Cidr SixToFour = Cidr.Parse("2002::/16");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublicV4(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return !RefusedV4.Any(range => range.Contains(bytes));
    }

    private static bool IsPublicV6(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(bytes)) return IsPublicV4(new IPAddress(bytes.AsSpan(12, 4)));
        if (SixToFour.Contains(bytes)) return IsPublicV4(new IPAddress(bytes.AsSpan(2, 4)));
        return GlobalUnicastV6.Contains(bytes) && !RefusedV6.Any(range => range.Contains(bytes));
    }

    private readonly record struct Cidr(byte[] Prefix, int Bits)
    {
        public static Cidr Parse(string text)
        {
            var slash = text.IndexOf('/');
            return new Cidr(IPAddress.Parse(text[..slash]).GetAddressBytes(), int.Parse(text[(slash + 1)..]));
        }

        public bool Contains(byte[] address)
        {
            if (address.Length != Prefix.Length) return false;
            var whole = Bits / 8;
            for (var i = 0; i < whole; i++)
                if (address[i] != Prefix[i]) return false;
            var rest = Bits % 8;
            if (rest == 0) return true;
            var mask = (byte)(0xFF << (8 - rest));
            return (address[whole] & mask) == (Prefix[whole] & mask);
        }
    }
}
