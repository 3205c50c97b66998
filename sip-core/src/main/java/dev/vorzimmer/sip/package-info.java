/** Placeholder. */ package dev.vorzimmer.sip;
