namespace ProducersAvenue.Domain.Orders;

/// <summary>Which of a side's orders a dashboard lists: the tabs of the orders page.</summary>
public enum OrderFilter
{
    All,
    /// <summary>Not finished: waiting for the seller, in progress, in revision or delivered.</summary>
    Active,
    Delivered,
    /// <summary>In progress or in revision past their due date.</summary>
    Late,
    Completed,
    /// <summary>Cancelled or refunded.</summary>
    Cancelled,
}
