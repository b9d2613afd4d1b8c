using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Webinars;

/// <summary><c>webinar_registrations</c>: one per member per webinar.</summary>
public class WebinarRegistration : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid WebinarId { get; set; }
    public Guid UserId { get; set; }
    public RegistrationPaymentStatus PaymentStatus { get; set; } = RegistrationPaymentStatus.Pending;
    public bool Attended { get; set; }
    public DateTimeOffset? AttendedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
