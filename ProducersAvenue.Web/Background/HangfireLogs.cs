using Hangfire.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace ProducersAvenue.Web.Background;

/// <summary>
/// Hangfire's log messages into this app's logging. Hangfire keeps its log provider in a process-wide static, which the
/// last app to start overwrites; where a process hosts several apps one after another (the tests), the app that wrote it
/// may have stopped and disposed its logger factory. Hangfire's own provider then throws from the constructors of its
/// services (a 500 from the dashboard); this one drops the message instead. With one app per process the two behave alike.
/// </summary>
public sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name) => new ForwardingLog(factory, name);

    private sealed class ForwardingLog(ILoggerFactory factory, string name) : ILog
    {
        private ILogger? _logger;

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            ILogger logger;
            try
            {
                logger = _logger ??= factory.CreateLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
            var level = logLevel switch
            {
                HangfireLevel.Trace => MsLogLevel.Trace,
                HangfireLevel.Debug => MsLogLevel.Debug,
                HangfireLevel.Info => MsLogLevel.Information,
                HangfireLevel.Warn => MsLogLevel.Warning,
                HangfireLevel.Error => MsLogLevel.Error,
                _ => MsLogLevel.Critical,
            };
            if (!logger.IsEnabled(level)) return false;
            if (messageFunc is null) return true;
            logger.Log(level, exception, "{Message}", messageFunc());
            return true;
        }
    }
}
