/** The Telegram adapter: long polling, routing, HTML rendering, buttons; it translates and never decides. */
package org.attribot.telegram;
