/**
 * Build checks, not shipped: {@link io.swarmloader.browser.check.EngineCompileCheck} compiles the
 * whole engine with TeaVM on every build; {@link io.swarmloader.browser.check.RuntimeSelfTest} is
 * the entry of a page that exercises the browser platform in a real browser, driven by the module's
 * Selenium test.
 */
package io.swarmloader.browser.check;
