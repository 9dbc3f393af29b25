@echo off
rem quotekit: runs the QuoteKit command line (quotekit.jar) with JVM settings chosen for batches.
rem The jar: %QUOTEKIT_JAR% if set, else quotekit.jar beside this script, else ..\target\quotekit.jar.
rem Java: %JAVA_HOME%\bin\java if JAVA_HOME is set, else java on the PATH.
rem The settings and why: see the launcher script "quotekit" beside this one, and README "Performance".
rem %QUOTEKIT_OPTS% comes after them, so it can add settings or override these.
setlocal
set "here=%~dp0"
if defined QUOTEKIT_JAR (
  set "jar=%QUOTEKIT_JAR%"
) else if exist "%here%quotekit.jar" (
  set "jar=%here%quotekit.jar"
) else (
  set "jar=%here%..\target\quotekit.jar"
)
if not exist "%jar%" (
  echo quotekit: %jar% not found; build it with 'mvn -DskipTests package' or set QUOTEKIT_JAR 1>&2
  exit /b 2
)
if defined JAVA_HOME (
  set "java=%JAVA_HOME%\bin\java"
) else (
  set "java=java"
)
"%java%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC %QUOTEKIT_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
