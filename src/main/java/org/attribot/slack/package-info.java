/** The Slack adapter: Bolt over HTTP or Socket Mode, request verification, routing, Block Kit; it translates and never decides. */
package org.attribot.slack;
