using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Web.Background;
using ProducersAvenue.Tests.Integration.Accounts;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Jobs;

/// <summary>Hangfire's dashboard at <c>/admin/jobs</c> (decision 017): strangers are sent to sign in, members are refused, admins see it.</summary>
public sealed class TheJobsDashboardIsForAdminsOnly : WebAppTest
{
    private static readonly string[] Paths = ["/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/jobs/failed", "/admin/jobs/stats"];

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        using var stranger = FormClient.For(App);
        foreach (var path in Paths)
        {
            using var response = await stranger.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Login", FormClient.Target(response).AbsolutePath);
        }
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_refused()
    {
        await App.CreateMemberAsync("plain_member");
        using var member = FormClient.For(App);
        await member.SignInAsync("plain_member");
        foreach (var path in Paths)
        {
            using var response = await member.Http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect) Assert.Equal("/Account/AccessDenied", FormClient.Target(response).AbsolutePath);
            Assert.DoesNotContain("Recurring", body);
        }

        using var trigger = await member.Http.PostAsync("/admin/jobs/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "email-outbox-delivery")]));
        Assert.False(trigger.IsSuccessStatusCode, $"trigger answered {(int)trigger.StatusCode}");
    }

    private async Task<FormClient> SignedInAdminAsync()
    {
        var admin = await App.CreateMemberAsync("jobs_admin");
        await Db.ScalarAsync<int>("UPDATE user_profiles SET role = 'admin' WHERE user_id = $1", admin.Id);
        var client = FormClient.For(App);
        await client.SignInAsync("jobs_admin");
        return client;
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard()
    {
        using var client = await SignedInAdminAsync();

        using var response = await client.Http.GetAsync("/admin/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Recurring Jobs", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_stats_poll_opened_by_hand_is_a_client_error_not_a_server_error()
    {
        using var client = await SignedInAdminAsync();

        using var typed = await client.Http.GetAsync("/admin/jobs/stats");
        using var bare = await client.Http.PostAsync("/admin/jobs/stats", null);

        // Hangfire threw reading a form that was not sent (500): a bare post is now a bad request, and the poll is no page.
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (typed.StatusCode, bare.StatusCode));
    }

    [Fact]
    public async Task An_admin_triggers_a_recurring_job_and_it_is_queued()
    {
        await AssertTriggerQueuesTheJobAsync();
    }

    /// <summary>
    /// Hangfire keeps its log provider in a process-wide static that every app's start-up overwrites with its own logger
    /// factory. Tests host many apps in one process: when the app that wrote it last has stopped, this app's dashboard
    /// must still work (it answered 500: Hangfire's services asked the stopped app's disposed logger factory for loggers).
    /// </summary>
    [Fact]
    public async Task The_dashboard_works_after_another_app_in_the_process_has_stopped()
    {
        App.Services.GetRequiredService<IGlobalConfiguration>();
        await using (var otherDb = await TestDatabase.CreateAsync())
        await using (var other = new AppFactory(otherDb))
        {
            other.Services.GetRequiredService<IGlobalConfiguration>();
        }

        await AssertTriggerQueuesTheJobAsync();
    }

    private async Task AssertTriggerQueuesTheJobAsync()
    {
        using var scope = App.Services.CreateScope();
        RecurringJobSchedule.Apply(scope.ServiceProvider.GetServices<IRecurringJob>(),
            App.Services.GetRequiredService<IRecurringJobManager>(), App.Services.GetRequiredService<JobStorage>());
        using var client = await SignedInAdminAsync();
        var page = await client.PageAsync("/admin/jobs/recurring");
        // What Hangfire's script sends with every dashboard POST: the antiforgery token from the page's meta tags.
        var header = Regex.Match(page, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/jobs/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "email-outbox-delivery")]),
        };
        request.Headers.Add(header, WebUtility.HtmlDecode(token));
        using var response = await client.Http.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent,
            $"trigger answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(1, await Db.ScalarAsync<long>("SELECT count(*) FROM hangfire.jobqueue"));
    }
}
