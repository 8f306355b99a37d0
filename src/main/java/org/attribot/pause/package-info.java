/** Waiting between tries, shared by every retry with backoff (store, model, Telegram, Slack). A leaf. */
package org.attribot.pause;
