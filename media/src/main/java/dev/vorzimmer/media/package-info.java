/** Placeholder. */ package dev.vorzimmer.media;
