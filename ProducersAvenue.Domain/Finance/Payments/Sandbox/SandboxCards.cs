namespace ProducersAvenue.Domain.Finance.Payments.Sandbox;

/// <summary>What a test card does in the sandbox, as in Stripe's test mode.</summary>
public enum SandboxCardBehaviour
{
    Succeeds,
    Declined,
    /// <summary>Succeeds now; the buyer's bank disputes it later.</summary>
    SucceedsThenDisputed,
    /// <summary>A real-looking card that is not one of the test cards.</summary>
    Unknown,
    /// <summary>Not a card number: wrong length or a failed check digit.</summary>
    Invalid,
}

/// <summary>Stripe's test card numbers, the ones the sandbox knows.</summary>
public static class SandboxCards
{
    public const string Success = "4242424242424242";
    public const string Declined = "4000000000000002";
    public const string Disputed = "4000000000000259";

    public static SandboxCardBehaviour Classify(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 16 || !digits.All(char.IsAsciiDigit) || !PassesLuhn(digits)) return SandboxCardBehaviour.Invalid;
        return digits switch
        {
            Success => SandboxCardBehaviour.Succeeds,
            Declined => SandboxCardBehaviour.Declined,
            Disputed => SandboxCardBehaviour.SucceedsThenDisputed,
            _ => SandboxCardBehaviour.Unknown,
        };
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
